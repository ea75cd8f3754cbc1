import browser from 'webextension-polyfill';
import { loadSettings, type Settings } from '../shared/settings';

const KEY = 'settings';

// Read once per background lifetime, not once per batch of comments: every scrolled page sends
// batches, and settings change only when the user saves them (then storage.onChanged drops this).
let cached: Promise<Settings> | undefined;
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && KEY in changes) cached = undefined;
});

/** Settings live in storage.local; they are migrated and validated on load, never trusted. */
export function readSettings(): Promise<Settings> {
  cached ??= browser.storage.local.get(KEY).then((stored) => loadSettings(stored[KEY]));
  // A failed read must not stick: the next call tries storage again.
  cached.catch(() => (cached = undefined));
  return cached;
}

export async function writeSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [KEY]: settings });
  cached = Promise.resolve(settings);
}
