import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from './lib/chromium';
import { startDemoServer } from './lib/demo-server';
import { archivedItems, feedSummary, waitForVerdicts } from './lib/feed-summary';

/**
 * `npm start`: serves the demo feed on 127.0.0.1 and opens Chromium with Ward loaded on it.
 * With a display the browser stays open for you to explore (Ctrl+C to stop); without one it runs
 * headless, saves a screenshot to reports/demo.png and prints what Ward did.
 */
const headless = !process.env.DISPLAY || process.argv.includes('--headless');
const server = await startDemoServer();
const { browser, extensionUrl } = await launchWithExtension({ headless });
try {
  const page = await browser.newPage();
  await page.goto(server.feedUrl);
  const total = await page.$$eval('[data-testid="comment-text"]', (els) => els.length);
  await waitForVerdicts(page, total);
  const summary = await feedSummary(page);
  const popup = await browser.newPage();
  await popup.goto(extensionUrl('src/ui/popup/index.html'));
  const archived = (await archivedItems(popup)).length;
  console.log(`Ward demo on ${server.feedUrl}`);
  console.log(`  comments seen:   ${summary.seen}`);
  console.log(`  hidden:          ${summary.hidden}  (${summary.labels.map((l) => l.replace(/^Hidden by Ward: | · Show$/g, '')).join(', ')})`);
  console.log(`  left readable:   ${summary.clean}`);
  console.log(`  archived:        ${archived}`);
  if (headless) {
    const reports = resolve(import.meta.dirname, '../reports');
    mkdirSync(reports, { recursive: true });
    await page.bringToFront();
    await page.screenshot({ path: resolve(reports, 'demo.png'), fullPage: true });
    await popup.setViewport({ width: 420, height: 700 });
    await popup.reload();
    await popup.waitForSelector('[data-testid="counts"]');
    await popup.screenshot({ path: resolve(reports, 'demo-popup.png') });
    console.log(`  screenshots:     reports/demo.png, reports/demo-popup.png`);
  } else {
    await page.bringToFront();
    console.log('Browser open: explore the feed and the Ward popup. Press Ctrl+C here to stop.');
    await new Promise<void>((done) => {
      browser.on('disconnected', () => done());
      process.on('SIGINT', () => done());
    });
  }
} finally {
  await browser.close().catch(() => {});
  await server.close();
}
