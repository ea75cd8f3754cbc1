import browser, { type Runtime } from 'webextension-polyfill';
import { WardDb } from './archive';
import { classifyTexts } from './classifier-host';
import { contentHandlers, uiHandlers, type HandlerDeps } from './handlers';
import { createRouter } from './router';
import { readSettings, writeSettings } from './settings-store';

/**
 * Background entry: the Chromium service worker and the Firefox background page. Holds no state
 * that matters in memory: every flagged item is in IndexedDB before its verdict is sent.
 */
const deps: HandlerDeps = { db: new WardDb(), classify: classifyTexts, getSettings: readSettings, saveSettings: writeSettings };

const route = createRouter({
  extensionId: browser.runtime.id,
  extensionOrigin: browser.runtime.getURL(''),
  content: contentHandlers(deps),
  ui: uiHandlers(deps),
  log: (line) => console.warn(`[ward] ${line}`),
});

// Not async: webextension-polyfill needs `undefined` returned synchronously for messages that
// belong to another listener (the offscreen document's), and a promise only for ours.
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => route(message, sender));
