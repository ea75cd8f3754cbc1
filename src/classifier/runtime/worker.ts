/// <reference lib="webworker" />
import { scoreTexts } from './score';

/**
 * The classifier's dedicated worker: inference never runs in a content script or on a page's main
 * thread. Started by the offscreen document (Chromium) or the background page (Firefox).
 * Protocol: {id, texts} in, {id, results} or {id, error} out.
 */
interface WorkerRequest {
  id: number;
  texts: string[];
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { id, texts } = event.data;
  scoreTexts(Array.isArray(texts) ? texts : [])
    .then((results) => self.postMessage({ id, results }))
    .catch((error: unknown) => self.postMessage({ id, error: String(error) }));
};
