import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isExtensionWorker, launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/chromium';
import { startDemoServer, type DemoServer } from '../../scripts/lib/demo-server';
import { archivedItems, waitForVerdicts } from '../../scripts/lib/feed-summary';
import { appendComment, shieldLabel, stateOf, waitForState } from './page-helpers';

const expected = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/demo/expected.json'), 'utf8')) as {
  comments: number;
  hiddenIds: string[];
  categories: Record<string, string>;
  authors: Record<string, string>;
};

/**
 * The whole path in real headless Chromium with the built extension: page -> content script ->
 * offscreen classifier worker -> blur -> IndexedDB archive -> popup, with DNS for every host but
 * 127.0.0.1 disabled.
 */
describe('Chromium: the Ward pipeline end to end', () => {
  let server: DemoServer;
  let ext: ExtensionBrowser;
  let feed: Page;
  let popup: Page;
  const offLoopback: string[] = [];

  beforeAll(async () => {
    server = await startDemoServer();
    ext = await launchWithExtension();
    feed = await ext.browser.newPage();
    feed.on('request', (req) => {
      const url = new URL(req.url());
      if (!['127.0.0.1', ''].includes(url.hostname) && !url.protocol.startsWith('chrome-extension') && url.protocol !== 'data:') offLoopback.push(req.url());
    });
    await feed.goto(server.feedUrl);
    await waitForVerdicts(feed, expected.comments);
    popup = await ext.browser.newPage();
    await popup.goto(ext.extensionUrl('src/ui/popup/index.html'));
  });

  afterAll(async () => {
    await ext?.browser.close();
    await server?.close();
  });

  it('blurs exactly the abusive comments, behind a control naming the category', async () => {
    const ids = await feed.$$eval('article[data-testid="comment"]', (els) => els.map((e) => e.id));
    expect(ids).toHaveLength(expected.comments);
    for (const id of ids) {
      const hidden = expected.hiddenIds.includes(id);
      expect(await stateOf(feed, id), id).toBe(hidden ? 'hidden' : 'clean');
      const filter = await feed.$eval(`#${id} > [data-testid="comment-text"]`, (el) => getComputedStyle(el).filter);
      expect(filter.includes('blur'), `${id} filter ${filter}`).toBe(hidden);
      if (hidden) expect(await shieldLabel(feed, id)).toMatch(new RegExp(`^Hidden by Ward: .+ · Show$`));
    }
    expect(await shieldLabel(feed, 'c5')).toContain('Threat');
    expect(await shieldLabel(feed, 'c7')).toContain('doxxing');
    expect(await shieldLabel(feed, 'c9')).toContain('Sextortion');
    // c14 trips no rule: only the fine-tuned model hides it, so this fails if the model did not load.
    expect(await shieldLabel(feed, 'c14')).toContain('Insult');
  });

  it('reveals a hidden comment only on a deliberate click, and hides it again', async () => {
    await feed.$eval('#c3 > [data-ward-shield]', (host) => (host.shadowRoot!.querySelector('button') as HTMLButtonElement).click());
    expect(await stateOf(feed, 'c3')).toBe('revealed');
    expect(await feed.$eval('#c3 > [data-testid="comment-text"]', (el) => getComputedStyle(el).filter)).toBe('none');
    await feed.$eval('#c3 > [data-ward-shield]', (host) => (host.shadowRoot!.querySelector('button') as HTMLButtonElement).click());
    expect(await stateOf(feed, 'c3')).toBe('hidden');
  });

  it('archives every hidden comment in IndexedDB with its page context', async () => {
    const items = await archivedItems(popup);
    expect(items).toHaveLength(expected.hiddenIds.length);
    const threat = items.find((i) => i.author === expected.authors.c5)!;
    expect(threat).toBeDefined();
    expect(threat.category).toBe('threat');
    expect(threat.site).toBe('demo');
    expect(threat.url).toBe(server.feedUrl);
    expect(threat.permalink).toBe(`${server.origin}/demo/p/1005`);
    expect(threat.postedAt).toBe('2026-11-20T18:25:00Z');
    expect(threat.authorUrl).toBe(`${server.origin}/demo/u/n0_mercy_77`);
    expect(threat.parentPermalink).toBe(`${server.origin}/demo/p/1001`);
    expect(threat.seenAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d$/);
    expect(threat.textSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(threat.text).toContain('I know where you live');
    expect(new Set(items.map((i) => i.category))).toEqual(new Set(Object.values(expected.categories)));
  });

  it('lists the queue in the popup with counts, rendering page text as text', async () => {
    const hostile = '<img src=x onerror="document.title=\'pwned\'"><b>bold</b> you worthless bitch';
    await appendComment(feed, 'c-hostile', hostile, '@markup_troll');
    await waitForState(feed, 'c-hostile', ['hidden']);
    await popup.reload();
    await popup.waitForSelector('[data-testid="queue-item"]');
    const count = await popup.$$eval('[data-testid="queue-item"]', (els) => els.length);
    expect(count).toBe(expected.hiddenIds.length + 1);
    expect(await popup.$eval('[data-testid="counts"]', (el) => el.textContent)).toMatch(new RegExp(`^${count} hidden: .*Threat`));
    const texts = await popup.$$eval('[data-testid="queue-item-text"]', (els) => els.map((e) => e.textContent));
    expect(texts).toContain(hostile);
    // The markup stayed text: no element was created from it, and nothing ran.
    expect(await popup.$$eval('.queue img, .queue b', (els) => els.length)).toBe(0);
    expect(await popup.title()).toBe('Ward');
  });

  it('keeps the archive and keeps shielding after the service worker is stopped', async () => {
    const before = (await archivedItems(popup)).length;
    const target = ext.browser.targets().find((t) => isExtensionWorker(t, ext.extensionId))!;
    const worker = await target.worker();
    await worker!.close();
    // The stop must be real: the worker's target goes away before we go on.
    for (let i = 0; i < 50 && ext.browser.targets().some((t) => isExtensionWorker(t, ext.extensionId)); i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(ext.browser.targets().some((t) => isExtensionWorker(t, ext.extensionId))).toBe(false);
    // A new abusive comment after the stop wakes the worker; the verdict needs the classifier host again.
    await appendComment(feed, 'c-after-restart', 'I will stab you outside the library tomorrow', '@restart_test');
    await waitForState(feed, 'c-after-restart', ['hidden']);
    await popup.reload();
    const items = await archivedItems(popup);
    expect(items.length).toBe(before + 1);
    expect(items.some((i) => i.author === '@restart_test' && i.category === 'threat')).toBe(true);
    await popup.waitForSelector('[data-testid="queue-item"]');
    expect(await popup.$$eval('[data-testid="queue-item"]', (els) => els.length)).toBe(before + 1);
  });

  it('refuses privileged messages from the content script and ignores page scripts imitating it', async () => {
    const before = (await archivedItems(popup)).length;
    // 1. The page's own scripts have no extension API and cannot reach the background at all.
    const pageView = await feed.evaluate(() => {
      window.postMessage({ ward: 1, type: 'archive/clear', payload: {} }, '*');
      window.postMessage({ ward: 1, type: 'verdicts/request', payload: { site: 'demo', url: location.href, items: [] } }, '*');
      document.dispatchEvent(new CustomEvent('ward', { detail: { type: 'archive/clear' } }));
      const c = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome;
      return typeof c?.runtime?.sendMessage;
    });
    expect(pageView).toBe('undefined');
    // 2. Even the real content script's world is refused privileged types by the router.
    const cdp = await feed.createCDPSession();
    const contexts: { id: number; name: string; origin: string }[] = [];
    cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context as never));
    await cdp.send('Runtime.enable');
    const contentWorld = contexts.find((c) => c.origin === `chrome-extension://${ext.extensionId}` || c.name === 'Ward');
    expect(contentWorld, JSON.stringify(contexts.map((c) => c.name))).toBeDefined();
    const { result } = await cdp.send('Runtime.evaluate', {
      contextId: contentWorld!.id,
      expression: `chrome.runtime.sendMessage({ ward: 1, type: 'archive/clear', payload: {} })`,
      awaitPromise: true,
      returnByValue: true,
    });
    expect(result.value).toEqual({ ok: false, error: expect.stringMatching(/^refused/) });
    await new Promise((r) => setTimeout(r, 300));
    expect((await archivedItems(popup)).length).toBe(before);
  });

  it('handles bad input: empty, 100 kB, emoji-only, and a node removed while being scored', async () => {
    const before = (await archivedItems(popup)).length;
    await appendComment(feed, 'c-empty', '   ');
    await appendComment(feed, 'c-emoji', '😀😡👀🔥🔥🔥');
    const huge = `You worthless bitch. ${'lorem ipsum dolor sit amet '.repeat(3800)}`;
    expect(huge.length).toBeGreaterThan(100_000);
    await appendComment(feed, 'c-huge', huge, '@wall_of_text');
    expect(await waitForState(feed, 'c-empty', ['clean'])).toBe('clean');
    expect(await waitForState(feed, 'c-emoji', ['clean'])).toBe('clean');
    expect(await waitForState(feed, 'c-huge', ['hidden'])).toBe('hidden');

    // Removed by the page while its verdict is in flight: no error, and the evidence is still kept.
    await appendComment(feed, 'c-vanish', 'Watch your back, I know where you live', '@ghost_poster');
    await feed.waitForFunction(() => document.querySelector('#c-vanish > [data-testid="comment-text"]')?.getAttribute('data-ward-state') === 'pending', { polling: 'mutation' });
    await feed.$eval('#c-vanish', (el) => el.remove());
    let items = await archivedItems(popup);
    for (let i = 0; i < 300 && items.length < before + 2; i++) {
      await new Promise((r) => setTimeout(r, 100));
      items = await archivedItems(popup);
    }
    expect(items.length).toBe(before + 2);
    expect(items.find((i) => i.author === '@wall_of_text')!.text.length).toBe(huge.trim().replace(/\s+/g, ' ').length);
    expect(items.some((i) => i.author === '@ghost_poster')).toBe(true);
  });

  it('applies settings saved on the options page to the next page load', async () => {
    const options = await ext.browser.newPage();
    await options.goto(ext.extensionUrl('src/ui/options/index.html'));
    await options.waitForSelector('select[name="strictness-profanity"]');
    await options.select('select[name="strictness-profanity"]', 'strict');
    await options.click('button[type="submit"]');
    await options.waitForFunction(() => document.querySelector('[data-testid="options-status"]')?.textContent?.startsWith('Saved'), { polling: 100 });
    const again = await ext.browser.newPage();
    await again.goto(server.feedUrl);
    await waitForVerdicts(again, expected.comments);
    // c4 praises with a swear word: readable by default, hidden once the user asks for it.
    expect(await stateOf(again, 'c4')).toBe('hidden');
    expect(await shieldLabel(again, 'c4')).toContain('Profanity');
    await again.close();
    await options.close();
  });

  it('made no request beyond 127.0.0.1', () => {
    expect(offLoopback).toEqual([]);
  });
});
