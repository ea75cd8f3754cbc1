import browser, { type Runtime } from 'webextension-polyfill';
import { ClassifierWorkerClient } from '../classifier/runtime/worker-client';
import { startClassifierWorker } from '../classifier/runtime/start-worker';
import type { OffscreenEnvelope } from '../shared/messages';

/**
 * Chromium only: the offscreen document exists to own the classifier's dedicated worker, which a
 * service worker cannot start. It answers only the background's offscreen envelopes.
 */
const client = new ClassifierWorkerClient(startClassifierWorker);
// The background creates this document to have the classifier ready (classifier-host.ts warmClassifier),
// so the worker starts, and the model loads, with the document rather than with the first request.
client.warm();

function isOffscreenEnvelope(value: unknown): value is OffscreenEnvelope {
  return !!value && typeof value === 'object' && (value as OffscreenEnvelope).wardOffscreen === 1 && Array.isArray((value as OffscreenEnvelope).texts);
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!isOffscreenEnvelope(message)) return undefined;
  // Only the background (same extension, no tab) may use the classifier host.
  if (sender.id !== browser.runtime.id || sender.tab) return undefined;
  return client.classify(message.texts).then(
    (results) => ({ results }),
    (error: unknown) => ({ error: String(error) }),
  );
});
