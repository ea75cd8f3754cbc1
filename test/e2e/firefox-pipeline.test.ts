import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../scripts/lib/demo-server';
import { archivedItems, waitForVerdicts } from '../../scripts/lib/feed-summary';
import { firefoxPath, launchFirefoxWithExtension, openExtensionPage, type FirefoxWithExtension } from '../../scripts/lib/firefox';
import { shieldLabel, stateOf } from './page-helpers';

const expected = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/demo/expected.json'), 'utf8')) as {
  comments: number;
  hiddenIds: string[];
};

/** The same path in Firefox ESR, where the background page starts the classifier worker itself. */
describe.skipIf(!firefoxPath())('Firefox: the Ward pipeline end to end', () => {
  let server: DemoServer;
  let ff: FirefoxWithExtension;
  let feed: Page;

  beforeAll(async () => {
    server = await startDemoServer();
    ff = await launchFirefoxWithExtension();
    feed = await ff.browser.newPage();
    await feed.goto(server.feedUrl);
    await waitForVerdicts(feed, expected.comments);
  });

  afterAll(async () => {
    await ff?.browser.close();
    await server?.close();
  });

  it('blurs exactly the abusive comments', async () => {
    for (const id of await feed.$$eval('article[data-testid="comment"]', (els) => els.map((e) => e.id))) {
      expect(await stateOf(feed, id), id).toBe(expected.hiddenIds.includes(id) ? 'hidden' : 'clean');
    }
    expect(await shieldLabel(feed, 'c5')).toContain('Threat');
    // Only the model catches c14: proof that transformers.js runs in Firefox's worker too.
    expect(await shieldLabel(feed, 'c14')).toContain('Insult');
  });

  it('archives them in IndexedDB and lists them in the popup', async () => {
    const popup = await ff.browser.newPage();
    await openExtensionPage(popup, ff.extensionUrl('src/ui/popup/index.html'), '[data-testid="queue-item"]');
    expect((await archivedItems(popup)).length).toBe(expected.hiddenIds.length);
    expect(await popup.$$eval('[data-testid="queue-item"]', (els) => els.length)).toBe(expected.hiddenIds.length);
  });
});
