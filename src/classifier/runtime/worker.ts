/// <reference lib="webworker" />
import { createModelScorer } from './model';
import { scoreTexts, type ModelScorer } from './score';

/**
 * The classifier's dedicated worker: inference never runs in a content script or on a page's main
 * thread. Started by the offscreen document (Chromium) or the background page (Firefox).
 * Protocol: {id, texts} in, {id, results} or {id, error} out.
 */
interface WorkerRequest {
  id: number;
  texts: string[];
}

// Threads need SharedArrayBuffer, which only cross-origin-isolated contexts get (the manifest's
// cross_origin_embedder_policy / cross_origin_opener_policy keys give that in Chromium).
const threads = self.crossOriginIsolated ? Math.max(1, Math.min(4, navigator.hardwareConcurrency || 1)) : 1;
const model = createModelScorer({
  modelRoot: new URL('/models/', self.location.href).href,
  wasmRoot: new URL('/ort/', self.location.href).href,
  device: 'wasm',
  threads,
});

// If the model cannot load (files missing, WASM refused), the shield keeps working on rules alone
// rather than failing open or dead; the error is reported once.
let modelUsable: ModelScorer | undefined = model;
const safeModel: ModelScorer = async (texts) => {
  if (!modelUsable) return texts.map(() => ({}));
  try {
    return await modelUsable(texts);
  } catch (error) {
    console.error('[ward] classifier model unavailable, using rules only:', error);
    modelUsable = undefined;
    return texts.map(() => ({}));
  }
};

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { id, texts } = event.data;
  scoreTexts(Array.isArray(texts) ? texts : [], safeModel)
    .then((results) => self.postMessage({ id, results }))
    .catch((error: unknown) => self.postMessage({ id, error: String(error) }));
};
