import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import * as ort from 'onnxruntime-web';

/**
 * `npm run bench:graph -- A.onnx [B.onnx …]`: times classifier graphs in onnxruntime-web's WASM build
 * (the runtime the extension uses), in Node, on one thread, with fixed synthetic input (passes of 4
 * texts of 40 tokens, the extension's pass size and about the bench corpus's mean length). It
 * compares graph variants (for example per-row against per-tensor activation scales from
 * scripts/model/quantize_activations.py), not the extension: for that, see bench:classifier.
 * Graphs alternate over five rounds, so a slow spell on the shared machine hits every graph alike;
 * each figure is the best round. Prints ms per text and each graph's ratio to the first, and writes
 * reports/bench-graph.json.
 */
const PASS = 4;
const TOKENS = 40;
const CALLS = 40;
const ROUNDS = 5;

const files = process.argv.slice(2).filter((a) => a.endsWith('.onnx'));
if (!files.length) {
  console.error('usage: npm run bench:graph -- A.onnx [B.onnx …]');
  process.exit(1);
}
ort.env.wasm.numThreads = 1;
ort.env.logLevel = 'error';

const ids = new BigInt64Array(PASS * TOKENS);
for (let i = 0; i < ids.length; i++) ids[i] = BigInt(5 + ((i * 37) % 7000)); // varied ordinary piece ids
const feeds = {
  input_ids: new ort.Tensor('int64', ids, [PASS, TOKENS]),
  attention_mask: new ort.Tensor('int64', new BigInt64Array(PASS * TOKENS).fill(1n), [PASS, TOKENS]),
};

const sessions = await Promise.all(files.map((f) => ort.InferenceSession.create(resolve(f), { executionProviders: ['wasm'], graphOptimizationLevel: 'all' })));
for (const s of sessions) for (let i = 0; i < 10; i++) await s.run(feeds); // warm-up
const best = files.map(() => Infinity);
for (let round = 0; round < ROUNDS; round++) {
  for (const [k, s] of sessions.entries()) {
    const t0 = performance.now();
    for (let i = 0; i < CALLS; i++) await s.run(feeds);
    best[k] = Math.min(best[k], (performance.now() - t0) / CALLS / PASS);
  }
}
const rows = files.map((f, k) => ({ graph: f, msPerText: Math.round(best[k] * 1000) / 1000, ratioToFirst: Math.round((best[k] / best[0]) * 1000) / 1000 }));
for (const r of rows) console.log(`${basename(r.graph).padEnd(32)} ${r.msPerText.toFixed(3)} ms/text  x${r.ratioToFirst.toFixed(3)} of the first`);
mkdirSync(resolve(import.meta.dirname, '../reports'), { recursive: true });
writeFileSync(
  resolve(import.meta.dirname, '../reports/bench-graph.json'),
  JSON.stringify({ date: new Date().toISOString(), runtime: 'onnxruntime-web WASM, Node, 1 thread', pass: PASS, tokens: TOKENS, rows }, null, 2),
);
console.log('wrote reports/bench-graph.json');
process.exit(0);
