/**
 * The one place that names the worker's entry, so vite bundles it once for both hosts (the
 * offscreen document in Chromium, the background page in Firefox).
 */
export function startClassifierWorker(): Worker {
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'ward-classifier' });
}
