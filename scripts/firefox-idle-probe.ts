import { startDemoServer } from './lib/demo-server';
import { waitForVerdicts } from './lib/feed-summary';
import { launchFirefoxWithExtension } from './lib/firefox';

/**
 * `npm run probe:firefox-idle`: does the classifier survive Firefox suspending its idle background
 * page? Loads the demo feed, leaves the browser idle for longer than Firefox's 30 s event-page
 * timeout, and loads it again. Verdicts for a page the classifier has seen come from its cache in a
 * few hundred ms; if the page was suspended, the worker, model and cache are gone and the page waits
 * for a cold start (measured in session 9 before the keep-alive alarm: 2.0 s against 0.35 s).
 * Needs `npm run build`. Set WARD_IDLE_MS to change the idle time (default 40 000).
 */
const idleMs = Number(process.env.WARD_IDLE_MS ?? 40_000);
const COMMENTS = 14; // test/fixtures/demo/feed.html

const ff = await launchFirefoxWithExtension();
const server = await startDemoServer();
try {
  const load = async (label: string) => {
    const page = await ff.browser.newPage();
    const t = performance.now();
    await page.goto(server.feedUrl);
    await waitForVerdicts(page, COMMENTS, 120_000);
    const ms = Math.round(performance.now() - t);
    console.log(`  ${label}: verdicts in ${ms} ms`);
    await page.close();
    return ms;
  };
  await new Promise((r) => setTimeout(r, 8_000)); // the warm start loads the model
  await load('first page');
  const warm = await load('the same page again at once');
  console.log(`  idle for ${idleMs / 1000} s…`);
  await new Promise((r) => setTimeout(r, idleMs));
  const after = await load(`the same page after ${idleMs / 1000} s idle`);
  console.log(after > warm * 3 ? '  the classifier was lost while idle (cold start paid again)' : '  the classifier stayed loaded while idle');
} finally {
  await ff.browser.close();
  await server.close();
}
