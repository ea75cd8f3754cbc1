import type { Page } from 'puppeteer-core';
import type { ArchivedItem } from '../../src/shared/records';

/** What the shield did on a page, read from the DOM the way a test or the demo reports it. */
export interface FeedSummary {
  seen: number;
  hidden: number;
  clean: number;
  pending: number;
  labels: string[];
}

export async function feedSummary(page: Page): Promise<FeedSummary> {
  return page.evaluate(() => {
    const states = [...document.querySelectorAll('[data-ward-state]')].map((el) => el.getAttribute('data-ward-state'));
    const labels = [...document.querySelectorAll('[data-ward-shield]')].map((h) => h.shadowRoot?.querySelector('button')?.textContent ?? '');
    return {
      seen: states.length,
      hidden: states.filter((s) => s === 'hidden' || s === 'revealed').length,
      clean: states.filter((s) => s === 'clean').length,
      pending: states.filter((s) => s === 'pending' || s === 'unchecked').length,
      labels,
    };
  });
}

/** Waits until every comment on the page has a final verdict. */
export async function waitForVerdicts(page: Page, expectedSeen: number, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    (n: number) => {
      const states = [...document.querySelectorAll('[data-ward-state]')].map((el) => el.getAttribute('data-ward-state'));
      return states.length >= n && states.every((s) => s === 'clean' || s === 'hidden' || s === 'revealed');
    },
    { timeout, polling: 100 },
    expectedSeen,
  );
}

/** Every archived record, read straight from the extension's IndexedDB in an extension page. */
export function archivedItems(extensionPage: Page): Promise<ArchivedItem[]> {
  return extensionPage.evaluate(
    () =>
      new Promise<ArchivedItem[]>((resolve, reject) => {
        const open = indexedDB.open('ward');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('items')) return resolve([]);
          const all = db.transaction('items').objectStore('items').getAll();
          all.onsuccess = () => resolve(all.result as ArchivedItem[]);
          all.onerror = () => reject(all.error);
        };
      }),
  );
}
