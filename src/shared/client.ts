import browser from 'webextension-polyfill';
import type { ContentToBackground, ContentType, Envelope, Reply, Request, Response, UiToBackground, UiType } from './messages';

/**
 * The typed clients. A content script imports only `askBackground`, the UI only `callBackground`;
 * both wrap the same envelope and unwrap the router's Reply into a value or a thrown Error.
 */
async function send<R>(type: string, payload: unknown): Promise<R> {
  const envelope: Envelope = { ward: 1, type, payload };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<R> | undefined;
  if (!reply) throw new Error(`no answer to ${type}: is the background running?`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

export function askBackground<T extends ContentType>(type: T, payload: Request<ContentToBackground, T>): Promise<Response<ContentToBackground, T>> {
  return send(type, payload);
}

export function callBackground<T extends UiType>(type: T, payload: Request<UiToBackground, T>): Promise<Response<UiToBackground, T>> {
  return send(type, payload);
}
