import browser from 'webextension-polyfill';
import type { ScoredText } from '../classifier/runtime/score';
import { ClassifierWorkerClient } from '../classifier/runtime/worker-client';
import { startClassifierWorker } from '../classifier/runtime/start-worker';
import type { OffscreenEnvelope } from '../shared/messages';

/**
 * Where the classifier runs. A Chromium MV3 service worker cannot start a dedicated worker, so an
 * offscreen document (reason WORKERS) hosts it and outlives service-worker restarts
 * (developer.chrome.com/docs/extensions/reference/api/offscreen). Firefox's background is a page
 * that can start the worker itself, and has no offscreen API.
 */
export const OFFSCREEN_PATH = 'src/offscreen/offscreen.html';

let creating: Promise<void> | undefined;
let nextId = 1;

async function offscreenOpen(): Promise<boolean> {
  const url = chrome.runtime.getURL(OFFSCREEN_PATH);
  const contexts = await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as chrome.runtime.ContextType], documentUrls: [url] });
  return contexts.length > 0;
}

async function ensureOffscreen(): Promise<void> {
  if (await offscreenOpen()) return;
  // Two batches arriving together must not both try to create it: the second call would throw.
  creating ??= chrome.offscreen
    .createDocument({ url: OFFSCREEN_PATH, reasons: ['WORKERS' as chrome.offscreen.Reason], justification: 'Run the abuse classifier in a dedicated worker.' })
    .finally(() => {
      creating = undefined;
    });
  await creating;
}

async function classifyOffscreen(texts: string[]): Promise<ScoredText[]> {
  await ensureOffscreen();
  const request: OffscreenEnvelope = { wardOffscreen: 1, id: nextId++, texts };
  const reply = (await browser.runtime.sendMessage(request)) as { results?: ScoredText[]; error?: string } | undefined;
  if (!reply?.results) throw new Error(reply?.error ?? 'offscreen classifier did not answer');
  return reply.results;
}

let local: ClassifierWorkerClient | undefined;

// The build mode is a constant written out in each condition, so the Firefox bundle drops the offscreen
// branches entirely (behind a helper function it kept them, and web-ext lint flagged the API).
export function classifyTexts(texts: string[]): Promise<ScoredText[]> {
  if (import.meta.env.MODE !== 'firefox' && typeof Worker === 'undefined') return classifyOffscreen(texts);
  local ??= new ClassifierWorkerClient(startClassifierWorker);
  return local.classify(texts);
}

/**
 * Starts the classifier ahead of need, so the model is loaded by the time a page shows comments:
 * a cold start (document, worker, model, first pass) takes 1-3 s, during which the shield can only
 * keep comments blurred. The price is the worker's memory, held while the shield is on.
 */
export async function warmClassifier(): Promise<void> {
  if (import.meta.env.MODE !== 'firefox' && typeof Worker === 'undefined') return ensureOffscreen(); // the document starts the worker as it loads
  local ??= new ClassifierWorkerClient(startClassifierWorker);
  local.warm();
  // Firefox suspends an idle event page after 30 s without an extension event, and the worker, its
  // model and its verdict cache go with it: measured (scripts/firefox-idle-probe.ts), the first page
  // after 40 s of quiet took 2.0 s to get its verdicts instead of 0.35 s. An alarm every 24 s is an
  // event, so the page stays up while the shield is on, as Chromium's offscreen document does.
  if (import.meta.env.MODE === 'firefox') await browser.alarms.create(KEEP_CLASSIFIER_ALARM, { periodInMinutes: 0.4 });
}

/** The alarm that keeps Firefox's background page, and so the classifier, alive while the shield is on. */
export const KEEP_CLASSIFIER_ALARM = 'ward-keep-classifier';

/** Frees the classifier's memory (the shield was switched off); the next request starts it again. */
export async function releaseClassifier(): Promise<void> {
  if (import.meta.env.MODE !== 'firefox' && typeof Worker === 'undefined') {
    if (await offscreenOpen()) await chrome.offscreen.closeDocument();
    return;
  }
  local?.stop();
  if (import.meta.env.MODE === 'firefox') await browser.alarms.clear(KEEP_CLASSIFIER_ALARM);
}
