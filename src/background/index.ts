import browser, { type Runtime } from 'webextension-polyfill';
import { WardDb } from './archive';
import { classifyTexts, releaseClassifier, warmClassifier } from './classifier-host';
import { contentHandlers, uiHandlers, type HandlerDeps } from './handlers';
import { createRouter } from './router';
import { readSettings, writeSettings } from './settings-store';

/**
 * Background entry: the Chromium service worker and the Firefox background page. Holds no state
 * that matters in memory: every flagged item is in IndexedDB before its verdict is sent.
 */
const log = (line: string) => console.warn(`[ward] ${line}`);

/** Keeps the classifier loaded while the shield is on, and frees its memory when it is off. */
function followShield(enabled: boolean): void {
  (enabled ? warmClassifier() : releaseClassifier()).catch((error: unknown) => log(`classifier ${enabled ? 'warm-up' : 'release'} failed: ${String(error)}`));
}

const deps: HandlerDeps = {
  db: new WardDb(),
  classify: classifyTexts,
  getSettings: readSettings,
  saveSettings: async (settings) => {
    await writeSettings(settings);
    followShield(settings.enabled);
  },
};

const route = createRouter({
  extensionId: browser.runtime.id,
  extensionOrigin: browser.runtime.getURL(''),
  content: contentHandlers(deps),
  ui: uiHandlers(deps),
  log,
});

// Every start of the background (browser start, install, or a wake-up for an event) makes sure the
// classifier is up, so the first page after browser start does not wait for the model. The
// onStartup listener is what wakes Chromium's service worker when the browser starts; its body
// is empty because the line after it does the work on every start.
browser.runtime.onStartup.addListener(() => {});
// Firefox: the keep-alive alarm (classifier-host.ts). Its arrival is what resets the idle timer; a
// listener must exist for Firefox to deliver it, and a wake-up runs the start-up line below.
if (import.meta.env.MODE === 'firefox') browser.alarms.onAlarm.addListener(() => {});
readSettings().then((settings) => followShield(settings.enabled), (error: unknown) => log(`settings unreadable: ${String(error)}`));

// Not async: webextension-polyfill needs `undefined` returned synchronously for messages that
// belong to another listener (the offscreen document's), and a promise only for ours.
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => route(message, sender));
