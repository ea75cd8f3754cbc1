import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Target, type WebWorker } from 'puppeteer-core';

export const CHROME_DIST = resolve(import.meta.dirname, '../../dist/chrome');

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('Chromium not found: install Debian\'s chromium (apt-get install chromium) or set CHROMIUM_PATH');
  return found;
}

/**
 * Flags that keep Chromium quiet on an offline machine. The host-resolver rule makes every name
 * but 127.0.0.1 unresolvable, so a run also proves the extension makes no network call.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

export interface ExtensionBrowser {
  browser: Browser;
  extensionId: string;
  extensionUrl(path: string): string;
}

export async function launchWithExtension(options: { headless?: boolean; dist?: string } = {}): Promise<ExtensionBrowser> {
  const dist = options.dist ?? CHROME_DIST;
  if (!existsSync(resolve(dist, 'manifest.json'))) throw new Error(`no built extension in ${dist}: run npm run build first`);
  const browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    pipe: true,
    enableExtensions: [dist],
    // WARD_CHROMIUM_LOG=1 passes the browser's log, with every console line from the extension's
    // pages and workers (the classifier worker included), to this process's stderr.
    dumpio: !!process.env.WARD_CHROMIUM_LOG,
    args: process.env.WARD_CHROMIUM_LOG ? [...CHROMIUM_ARGS, '--enable-logging=stderr', '--v=0'] : CHROMIUM_ARGS,
    defaultViewport: { width: 1000, height: 1400 },
  });
  const worker = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 30_000 });
  const extensionId = new URL(worker.url()).hostname;
  return { browser, extensionId, extensionUrl: (path) => `chrome-extension://${extensionId}/${path}` };
}

export function isExtensionWorker(target: Target, extensionId: string): boolean {
  return target.type() === 'service_worker' && target.url().startsWith(`chrome-extension://${extensionId}/`);
}

/**
 * The extension's service worker, once its extension APIs are bound: right after launch, an evaluate
 * can reach the worker before `chrome` exists in it (seen as "chrome is not defined").
 */
export async function extensionServiceWorker(ext: ExtensionBrowser): Promise<WebWorker> {
  const target = await ext.browser.waitForTarget((t) => isExtensionWorker(t, ext.extensionId), { timeout: 30_000 });
  const worker = (await target.worker())!;
  for (let i = 0; i < 100; i++) {
    if (await worker.evaluate(() => typeof chrome !== 'undefined' && !!chrome.runtime?.id).catch(() => false)) return worker;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the extension service worker never got its chrome.* APIs');
}
