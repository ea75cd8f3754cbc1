import browser from 'webextension-polyfill';
import { loadSettings, type Settings } from '../shared/settings';

const KEY = 'settings';

/** Settings live in storage.local; they are migrated and validated on every load, never trusted. */
export async function readSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEY);
  return loadSettings(stored[KEY]);
}

export async function writeSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [KEY]: settings });
}
