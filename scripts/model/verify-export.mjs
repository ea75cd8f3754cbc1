#!/usr/bin/env node
// Loads the shipped classifier exactly as the extension does (transformers.js, local files only,
// dtype 'q8' -> onnx/model_quantized.onnx) and compares it with the PyTorch model that train.py saved:
// max |logit difference| and ROC-AUC of "abusive" per set (PyTorch float32 vs ONNX int8).
//
//   node scripts/model/verify-export.mjs [--model models/ward-abuse] [--check .cache/model/shipped/export_check.json]
//        [--tjs DIR]   folder whose node_modules holds @huggingface/transformers (default: the repo, then
//                      . (the repository root))
// The check file holds normalised texts, their labels and the PyTorch logits (written by train.py).
// Exit code 1 if the model does not load, has the wrong output shape, or loses > 0.005 AUC on a set.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
);
const MODEL = path.resolve(args.model ?? path.join(repo, 'models', 'ward-abuse'));
const CHECK = path.resolve(args.check ?? '.cache/model/shipped/export_check.json');

let tjsPath;
for (const base of [args.tjs, repo, '.'].filter(Boolean)) {
  try { tjsPath = createRequire(path.join(path.resolve(base), 'package.json')).resolve('@huggingface/transformers'); break; } catch { /* next */ }
}
const tjs = await import(pathToFileURL(tjsPath).href);
tjs.env.allowRemoteModels = false;
tjs.env.allowLocalModels = true;
tjs.env.localModelPath = path.dirname(MODEL) + '/';
const name = path.basename(MODEL);

const tok = await tjs.AutoTokenizer.from_pretrained(name);
const model = await tjs.AutoModelForSequenceClassification.from_pretrained(name, { dtype: 'q8' });
const session = Object.values(model.sessions)[0];
console.log(`loaded ${name} with transformers.js ${tjs.env.version}: inputs ${session.inputNames} outputs ${session.outputNames}`);
const labels = Object.values(model.config.id2label);
console.log(`labels: ${labels.join(', ')}`);

const check = JSON.parse(fs.readFileSync(CHECK, 'utf8'));
let maxDiff = 0, sumDiff = 0, n = 0, badShape = false;
const B = 64;
for (let i = 0; i < check.length; i += B) {
  const batch = check.slice(i, i + B);
  const inputs = tok(batch.map((c) => c.text), { padding: true, truncation: true, add_special_tokens: false });
  const { logits } = await model(inputs);
  if (logits.dims[1] !== 6 || logits.dims[0] !== batch.length) badShape = true;
  batch.forEach((c, j) => {
    c.onnx = Array.from(logits.data.subarray(j * 6, j * 6 + 6));
    c.onnx.forEach((v, k) => { const d = Math.abs(v - c.logits[k]); maxDiff = Math.max(maxDiff, d); sumDiff += d; n++; });
  });
}
function auc(ys, ss) {
  const pairs = ys.map((y, i) => [ss[i], y]).filter(([, y]) => y !== null && y !== undefined).sort((a, b) => a[0] - b[0]);
  let sumPos = 0, nPos = 0, nNeg = 0;
  for (let i = 0; i < pairs.length;) {
    let j = i; while (j < pairs.length && pairs[j][0] === pairs[i][0]) j++;
    const r = (i + j + 1) / 2; // average rank for ties
    for (let k = i; k < j; k++) { if (pairs[k][1] > 0.5) { sumPos += r; nPos++; } else nNeg++; }
    i = j;
  }
  return nPos && nNeg ? (sumPos - (nPos * (nPos + 1)) / 2) / (nPos * nNeg) : null;
}
let worstDrop = 0;
const report = { max_abs_logit_diff: maxDiff, mean_abs_logit_diff: sumDiff / n, sets: {} };
for (const set of [...new Set(check.map((c) => c.set))]) {
  const rows = check.filter((c) => c.set === set);
  const a32 = auc(rows.map((c) => c.y), rows.map((c) => c.logits[0]));
  const a8 = auc(rows.map((c) => c.y), rows.map((c) => c.onnx[0]));
  report.sets[set] = { n: rows.length, auc_torch_fp32: a32, auc_onnx_q8: a8 };
  if (a32 !== null && a8 !== null) worstDrop = Math.max(worstDrop, a32 - a8);
  console.log(`${set}: n ${rows.length}  abusive ROC-AUC torch fp32 ${a32?.toFixed(4)}  onnx q8 ${a8?.toFixed(4)}`);
}
console.log(`logits: max |diff| ${maxDiff.toFixed(5)}, mean |diff| ${(sumDiff / n).toFixed(5)} over ${check.length} texts x 6`);
const size = fs.statSync(path.join(MODEL, 'onnx', 'model_quantized.onnx')).size;
console.log(`onnx/model_quantized.onnx: ${(size / 1e6).toFixed(2)} MB`);
console.log(JSON.stringify({ ...report, worst_auc_drop: worstDrop, size_bytes: size }));
const ok = !badShape && worstDrop <= 0.005 && size <= 15 * 1024 * 1024;
console.log(ok ? 'EXPORT CHECK PASSED' : 'EXPORT CHECK FAILED');
process.exit(ok ? 0 : 1);
