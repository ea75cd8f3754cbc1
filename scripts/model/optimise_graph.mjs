#!/usr/bin/env node
// Rewrites the shipped ONNX graph as onnxruntime's own graph optimiser leaves it, so the extension can
// open it with the optimiser switched off (graphOptimizationLevel 'disabled' in runtime/model.ts).
//
//   node scripts/model/optimise_graph.mjs [in.onnx] [out.onnx]     (default: the shipped file, in place)
//
// Why: in Chromium the optimiser's passes run as freshly compiled, not yet optimised WebAssembly, and
// cost about 0.6 s of the first session's creation on this 2-core machine, every time the browser
// starts, for a result that is the same every time. Node's onnxruntime (the same C++ library) runs
// the passes once here instead. Level 'extended' holds only fusions and constant folding that any CPU
// build of onnxruntime runs (the 'all' level adds layouts tied to the machine that saved the file).
//
// The script checks its own work: the rewritten graph, opened with the optimiser off, must give the
// same logits as the original opened with every optimisation on, on texts of several lengths. The
// optimiser runs to a fixed point (its first pass leaves a few initialisers that nothing reads any
// more, which the second drops), and a last pass must give the same bytes. Exit code 1 otherwise, and
// the input is kept.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ort from 'onnxruntime-node';

const [input = 'models/ward-abuse/onnx/model_quantized.onnx', output = input] = process.argv.slice(2);
const tmp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ward-graph-')), 'optimised.onnx');

const optimise = (from, to) => ort.InferenceSession.create(from, { graphOptimizationLevel: 'extended', optimizedModelFilePath: to });
await optimise(input, `${tmp}.first.onnx`);
await optimise(`${tmp}.first.onnx`, tmp);

/** Rows of made-up piece ids, padded like the runtime pads them; widths cover short and long texts. */
function feeds(rows, width) {
  const ids = new BigInt64Array(rows * width);
  const mask = new BigInt64Array(rows * width);
  for (let r = 0; r < rows; r++) {
    const length = Math.max(1, width - r * 3);
    for (let c = 0; c < length; c++) {
      ids[r * width + c] = BigInt(3 + ((r * 7919 + c * 104729) % 7990));
      mask[r * width + c] = 1n;
    }
  }
  return { input_ids: new ort.Tensor('int64', ids, [rows, width]), attention_mask: new ort.Tensor('int64', mask, [rows, width]) };
}

const reference = await ort.InferenceSession.create(input, { graphOptimizationLevel: 'all' });
const rewritten = await ort.InferenceSession.create(tmp, { graphOptimizationLevel: 'disabled' });
let maxDiff = 0;
for (const [rows, width] of [[1, 1], [1, 7], [4, 40], [3, 128], [2, 512]]) {
  const f = feeds(rows, width);
  const a = (await reference.run(f)).logits.data;
  const b = (await rewritten.run(f)).logits.data;
  for (let i = 0; i < a.length; i++) maxDiff = Math.max(maxDiff, Math.abs(a[i] - b[i]));
}

// One more pass over the rewritten graph must find nothing left to do.
await optimise(tmp, `${tmp}.again.onnx`);
const stable = fs.readFileSync(`${tmp}.again.onnx`).equals(fs.readFileSync(tmp));

console.log(`${input}: ${fs.statSync(input).size} bytes -> ${fs.statSync(tmp).size} bytes; max |logit diff| ${maxDiff.toExponential(2)}; a fixed point: ${stable}`);
if (maxDiff > 1e-4 || !stable) {
  fs.rmSync(path.dirname(tmp), { recursive: true, force: true });
  console.error('GRAPH OPTIMISATION CHECK FAILED: the input is left as it was');
  process.exit(1);
}
fs.copyFileSync(tmp, output);
fs.rmSync(path.dirname(tmp), { recursive: true, force: true });
console.log(`wrote ${output}`);
