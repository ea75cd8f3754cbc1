import type { WebWorker } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionServiceWorker, launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/chromium';

/**
 * The background starts the classifier when the browser starts, before any page asks for it, so the
 * first page after browser start does not wait for the model; switching the shield off frees it.
 */
describe('Chromium: the classifier is ready before the first page, and freed when the shield is off', () => {
  let ext: ExtensionBrowser;
  let sw: WebWorker;

  const offscreenOpen = () =>
    sw.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as chrome.runtime.ContextType] })).length > 0);

  async function settle(want: boolean): Promise<boolean> {
    for (let i = 0; i < 300 && (await offscreenOpen()) !== want; i++) await new Promise((r) => setTimeout(r, 100));
    return offscreenOpen();
  }

  beforeAll(async () => {
    ext = await launchWithExtension();
    sw = await extensionServiceWorker(ext);
  });

  afterAll(async () => {
    await ext?.browser.close();
  });

  it('opens the classifier document with no page open, and it answers', async () => {
    expect(await settle(true)).toBe(true);
    // The document's own worker answers: the envelope only the offscreen document listens for.
    const reply = await sw.evaluate(async () => {
      for (let i = 0; i < 300; i++) {
        const r = (await chrome.runtime.sendMessage({ wardOffscreen: 1, id: 424242, texts: ['you are a pathetic loser'] }).catch(() => undefined)) as
          | { results?: { scores: Record<string, number> }[] }
          | undefined;
        if (r?.results) return r.results;
        await new Promise((ok) => setTimeout(ok, 100));
      }
      return undefined;
    });
    expect(reply?.[0].scores.insult).toBeGreaterThan(0.5);
  });

  it('closes it when the shield is switched off, and opens it again when switched on', async () => {
    const popup = await ext.browser.newPage();
    await popup.goto(ext.extensionUrl('src/ui/popup/index.html'));
    const setEnabled = (enabled: boolean) =>
      popup.evaluate(async (on: boolean) => {
        const got = (await chrome.runtime.sendMessage({ ward: 1, type: 'settings/get', payload: {} })) as { value: { settings: Record<string, unknown> } };
        await chrome.runtime.sendMessage({ ward: 1, type: 'settings/set', payload: { settings: { ...got.value.settings, enabled: on } } });
      }, enabled);
    await setEnabled(false);
    expect(await settle(false)).toBe(false);
    await setEnabled(true);
    expect(await settle(true)).toBe(true);
    await popup.close();
  });
});
