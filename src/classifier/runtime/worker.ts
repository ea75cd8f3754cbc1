/// <reference lib="webworker" />
import { createModelScorer } from './model';
import { DEFAULT_WARM_UP, warmUpRuntime } from './runtime-warm-up';
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

const WARM_UP_TEXT = 'warming up the classifier';

// If the model cannot load (files missing, WASM refused), the shield keeps working on rules alone
// rather than failing open or dead; the error is reported once.
let modelUsable: ModelScorer | undefined = model;
// One pass at a time through the one session: requests that arrive while another (or a warm-up
// pass) runs wait their turn instead of interleaving inside the runtime.
let queue: Promise<unknown> = Promise.resolve();
// When the last real request arrived: the warm-up waits while they keep coming (they warm the code as well).
let lastRequestAt = -Infinity;
const QUIET_MS = 1000;
function inTurn<T>(job: () => Promise<T>): Promise<T> {
  const result = queue.then(job, job);
  queue = result.catch(() => undefined);
  return result;
}
const safeModel: ModelScorer = (texts) => {
  lastRequestAt = performance.now();
  return inTurn(async () => {
    if (!modelUsable) return texts.map(() => ({}));
    try {
      return await modelUsable(texts);
    } catch (error) {
      console.error('[ward] classifier model unavailable, using rules only:', error);
      modelUsable = undefined;
      return texts.map(() => ({}));
    }
  });
};

// Load the model and run one short text through it as soon as the worker starts, rather than on
// the first real request: the host starts the worker ahead of need (classifier-host.ts). Then warm
// the runtime's compiled code while the worker is idle (runtime-warm-up.ts): it waits while real
// requests keep arriving, and a practice pass never delays one by more than one short pass.
void safeModel([WARM_UP_TEXT]).then(async () => {
  const result = await warmUpRuntime(
    (width) => inTurn(() => model.exercise(width)),
    DEFAULT_WARM_UP,
    () => !modelUsable,
    undefined,
    () => performance.now() - lastRequestAt < QUIET_MS,
  );
  if (result.stopped === 'error') console.warn('[ward] classifier warm-up ended early:', result.error);
});

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { id, texts } = event.data;
  scoreTexts(Array.isArray(texts) ? texts : [], safeModel)
    .then((results) => self.postMessage({ id, results }))
    .catch((error: unknown) => self.postMessage({ id, error: String(error) }));
};
