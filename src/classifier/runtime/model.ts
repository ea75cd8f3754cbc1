import { AutoModelForSequenceClassification, AutoTokenizer, Tensor, env, type PreTrainedModel, type PreTrainedTokenizer } from '@huggingface/transformers';
import { MODEL_LABELS, type ModelLabel } from '../../shared/categories';
import { calibrateAll, type OperatingPoints } from '../core/calibration';
import { hashText, textWindows } from '../core/chunks';
import type { ModelScorer, ModelScores } from './score';

/**
 * The trained classifier, through transformers.js. The same module runs in the extension's worker
 * (WASM) and in Node for the `classify` command (onnxruntime-node), so what is evaluated is what ships.
 */
export const MODEL_ID = 'ward-abuse';
export const MODEL_DTYPE = 'q8';

export interface ModelOptions {
  /** Folder (Node) or URL (browser) that holds MODEL_ID/. */
  modelRoot: string;
  device: 'wasm' | 'cpu';
  /**
   * Texts per forward pass. Small on purpose: texts are sorted by token count and a pass is padded
   * to its longest text. Measured in the extension (npm run bench:classifier, comments/s at batch
   * 32): passes of 4 gave 222-225, of 8 209-211, of 1 186-202, of 16 no better than 8.
   * The shipped graph quantises activations per token row, so a text's scores do not depend on
   * which texts share its pass (scripts/model/quantize_activations.py).
   */
  batchSize?: number;
  cacheSize?: number;
  /** WASM threads; only used where cross-origin isolation allows SharedArrayBuffer. */
  threads?: number;
  /** Browser only: URL of the folder holding onnxruntime-web's ort-wasm-simd-threaded.{mjs,wasm}. */
  wasmRoot?: string;
  /** Return raw probabilities, without the shipped calibration (for calibrating it). */
  raw?: boolean;
}

function configure(options: ModelOptions): void {
  // Ward ships its model: never reach for a hub, never cache in the Cache API (it rejects
  // chrome-extension:// keys), never fetch WASM from a CDN (transformers.js sets one on import).
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  env.localModelPath = options.modelRoot.endsWith('/') ? options.modelRoot : `${options.modelRoot}/`;
  env.useBrowserCache = false;
  env.useWasmCache = false;
  const wasm = env.backends.onnx?.wasm;
  if (wasm) {
    // The runtime's own files, shipped in the extension (see vite.config.ts). Loading them from
    // their own URL, rather than inlined into the worker bundle, matters: the WASM runtime starts
    // its thread workers from the factory script's URL, which must not be our worker's.
    wasm.wasmPaths = options.wasmRoot as string;
    if (options.threads) wasm.numThreads = options.threads;
  }
}

/**
 * Pieces that carry nothing the model can read: the "unknown" piece, which every emoji and unknown
 * script becomes, and the bare word-start piece ("▁") between them.
 */
function meaninglessIds(tokenizer: PreTrainedTokenizer): Set<number> {
  const [wordStart] = tokenizer.convert_tokens_to_ids(['\u2581']);
  const ids = new Set([tokenizer.unk_token_id ?? 0]);
  if (typeof wordStart === 'number') ids.add(wordStart);
  return ids;
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

export function createModelScorer(options: ModelOptions): ModelScorer & { load(): Promise<void>; exercise(width: number): Promise<void> } {
  let loading:
    | Promise<{ tokenizer: PreTrainedTokenizer; model: PreTrainedModel; labels: ModelLabel[]; points?: OperatingPoints; blank: Set<number> }>
    | undefined;
  const cache = new Map<number, ModelScores>();
  const cacheSize = options.cacheSize ?? 5000;
  const batchSize = options.batchSize ?? 4;

  // Loads once, on first use, from the extension's own files.
  const load = () =>
    (loading ??= (async () => {
      configure(options);
      // Both at once: the tokenizer's files load while the runtime compiles and builds the session.
      const [tokenizer, model] = await Promise.all([
        AutoTokenizer.from_pretrained(MODEL_ID),
        AutoModelForSequenceClassification.from_pretrained(MODEL_ID, {
          dtype: MODEL_DTYPE,
          device: options.device,
          // The shipped graph is already what onnxruntime's optimiser makes of it
          // (scripts/model/optimise_graph.mjs). Running the passes again changes nothing and, in a
          // browser that has just started, cost about 0.6 s of the session's creation here.
          session_options: { graphOptimizationLevel: 'disabled' },
        }),
      ]);
      const config = model.config as unknown as { id2label: Record<string, string>; ward?: { thresholds?: OperatingPoints | null } };
      const id2label = config.id2label;
      const labels = Object.keys(id2label)
        .sort((a, b) => Number(a) - Number(b))
        .map((k) => id2label[k] as ModelLabel);
      if (labels.some((l) => !MODEL_LABELS.includes(l))) throw new Error(`model labels ${labels.join(',')} do not match ${MODEL_LABELS.join(',')}`);
      const points = options.raw ? undefined : (config.ward?.thresholds ?? undefined);
      return { tokenizer, model, labels, points, blank: meaninglessIds(tokenizer) };
    })());

  /** One forward pass over rows of piece ids, padded to the longest row: one logit row per input row. */
  async function pass(rows: number[][]): Promise<Float32Array> {
    const { tokenizer, model } = await load();
    const pad = BigInt(tokenizer.pad_token_id ?? 0);
    const width = Math.max(...rows.map((r) => r.length));
    const inputIds = new BigInt64Array(rows.length * width).fill(pad);
    const mask = new BigInt64Array(rows.length * width);
    rows.forEach((pieces, r) =>
      pieces.forEach((id, c) => {
        inputIds[r * width + c] = BigInt(id);
        mask[r * width + c] = 1n;
      }),
    );
    const dims = [rows.length, width];
    const { logits } = (await model({ input_ids: new Tensor('int64', inputIds, dims), attention_mask: new Tensor('int64', mask, dims) })) as {
      logits: Tensor;
    };
    return logits.data as Float32Array;
  }

  async function forward(texts: string[]): Promise<ModelScores[]> {
    const { tokenizer, labels, points, blank } = await load();
    const out = new Array<ModelScores>(texts.length);
    // Tokenise once, then batch texts of similar token count: a pass is padded to its longest
    // text, so one long comment no longer makes 31 short ones pay for its length. Same ids,
    // padding and truncation as tokenizer(texts, { padding, truncation }) would give.
    const maxTokens = tokenizer.model_max_length ?? 96;
    const ids = texts.map((t) => tokenizer.encode(t, { add_special_tokens: false }).slice(0, maxTokens));
    // A text with no piece the model can read (empty, only emoji, an unknown script) gets no model
    // scores and is left to the rules: its scores would be noise (an emoji-only comment scored
    // 0.82 abusive).
    const order: number[] = [];
    ids.forEach((pieces, i) => {
      if (pieces.some((id) => !blank.has(id))) order.push(i);
      else out[i] = {};
    });
    order.sort((a, b) => ids[a].length - ids[b].length);
    for (let i = 0; i < order.length; i += batchSize) {
      const indices = order.slice(i, i + batchSize);
      const data = await pass(indices.map((k) => ids[k]));
      indices.forEach((k, r) => {
        const scores: ModelScores = {};
        labels.forEach((label, c) => (scores[label] = sigmoid(data[r * labels.length + c])));
        out[k] = calibrateAll(scores, points);
      });
    }
    return out;
  }

  let vocabSize: number | undefined;
  /**
   * One pass of `batchSize` synthetic rows of `width` ordinary pieces, scored and thrown away (no
   * cache, no text): the worker's background warm-up (runtime-warm-up.ts) runs these so the browser's
   * WebAssembly compiler optimises the runtime's hot code before real comments arrive.
   */
  async function exercise(width: number): Promise<void> {
    const { tokenizer } = await load();
    vocabSize ??= tokenizer.get_vocab().size;
    const vocab = vocabSize;
    const w = Math.max(1, Math.min(width, tokenizer.model_max_length ?? 96));
    // Varied ids away from the special and byte pieces at the start of the vocabulary.
    const rows = Array.from({ length: batchSize }, (_, r) => Array.from({ length: w }, (_, c) => 100 + ((r * 7919 + c * 104_729) % (vocab - 100))));
    await pass(rows);
  }

  const scorer = async (texts: string[]): Promise<ModelScores[]> => {
    const keys = texts.map((t) => hashText(t));
    const missing = [...new Set(texts.filter((_, i) => !cache.has(keys[i])))];
    if (missing.length) {
      // Long texts become windows; each text's score is the maximum over its windows.
      const windows = missing.map(textWindows);
      const flat = await forward(windows.flat());
      let at = 0;
      missing.forEach((text, i) => {
        const merged: ModelScores = {};
        for (const scores of flat.slice(at, at + windows[i].length)) {
          for (const [label, p] of Object.entries(scores) as [ModelLabel, number][]) merged[label] = Math.max(merged[label] ?? 0, p);
        }
        at += windows[i].length;
        if (cache.size >= cacheSize) cache.delete(cache.keys().next().value!); // oldest first
        cache.set(hashText(text), merged);
      });
    }
    return keys.map((k) => cache.get(k) ?? {});
  };
  return Object.assign(scorer, { load: async () => void (await load()), exercise });
}
