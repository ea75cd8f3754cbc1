import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX_DIST = resolve(import.meta.dirname, '../../dist/firefox');
export const GECKO_ID = 'ward@ward-shield.org';
// Pinned so tests know the moz-extension:// origin in advance (Firefox otherwise picks a random one).
export const FIREFOX_UUID = '6f1d1c1e-4a58-4c3f-9b8e-3d5a2c9e7b10';

export function firefoxPath(): string | undefined {
  return [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p): p is string => !!p && existsSync(p));
}

export interface FirefoxWithExtension {
  browser: Browser;
  extensionUrl(path: string): string;
}

/** Firefox ESR over WebDriver BiDi, with the built extension installed as a temporary add-on. */
export async function launchFirefoxWithExtension(): Promise<FirefoxWithExtension> {
  const executablePath = firefoxPath();
  if (!executablePath) throw new Error('Firefox not found: apt-get install firefox-esr, or set FIREFOX_PATH');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // Firefox 153 only lets WebDriver navigate to http(s)/file/blob unless system access is allowed;
    // without it the popup (a moz-extension:// page) cannot be opened (see ghostery-extension#3526).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // Offline machine: no update, telemetry or captive-portal checks.
      'network.captive-portal-service.enabled': false,
      'app.update.enabled': false,
      'extensions.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'network.dns.localDomains': '',
      // Content scripts in MV3 need their host permissions granted; a test profile grants them up front.
      'extensions.originControls.grantByDefault': true,
    },
  });
  await browser.installExtension(FIREFOX_DIST);
  return { browser, extensionUrl: (path) => `moz-extension://${FIREFOX_UUID}/${path}` };
}

/**
 * Opens an extension page and waits for `readySelector`. Firefox renders moz-extension:// pages
 * opened over BiDi but never reports the navigation as finished (seen with 153 ESR; the same hang
 * is described in mozilla/firefox-devtools-mcp#87), so we wait for the page's content instead.
 */
export async function openExtensionPage(page: Page, url: string, readySelector: string): Promise<void> {
  void page.goto(url, { timeout: 60_000 }).catch(() => undefined);
  await waitForSelectorThroughNavigation(page, readySelector, 60_000);
}

/**
 * `waitForSelector` that survives the page being replaced under it. While a moz-extension:// page
 * loads, Firefox can answer a BiDi `script.evaluate` on the outgoing document with an internal
 * error ("right-hand side of 'in' should be an object, got null"), and puppeteer then rejects at
 * once instead of waiting (seen once in six CI runs). Such errors are retried until the deadline.
 */
async function waitForSelectorThroughNavigation(page: Page, selector: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await page.waitForSelector(selector, { timeout: Math.max(1, deadline - Date.now()) });
      return;
    } catch (error) {
      if (Date.now() >= deadline || (error instanceof Error && error.name === 'TimeoutError')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
