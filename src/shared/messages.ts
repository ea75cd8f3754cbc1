import type { ArchivedItem, CommentPayload, QueueCounts, ReviewStatus, Verdict } from './records';
import type { Settings } from './settings';

/**
 * The one typed message contract. Each direction has its own map from message type to
 * request/response, so a content script cannot even name a privileged message in typed code, and the
 * router knows from the map which senders a type may come from.
 */
export interface ContentToBackground {
  /** A batch of comments from a page; answered only after every hidden one is persisted. */
  'verdicts/request': { req: { site: string; url: string; items: CommentPayload[] }; res: { verdicts: Verdict[] } };
  /** Whether this site is shielded at all, read once at start-up. */
  'site/status': { req: { site: string }; res: { enabled: boolean } };
}

/** From extension pages only (popup, review, options): never accepted from a content script. */
export interface UiToBackground {
  'queue/list': { req: { limit: number; offset: number }; res: { items: ArchivedItem[]; counts: QueueCounts } };
  'queue/set-status': { req: { id: string; status: ReviewStatus }; res: { ok: true } };
  'settings/get': { req: Record<string, never>; res: { settings: Settings } };
  'settings/set': { req: { settings: Settings }; res: { settings: Settings } };
  'archive/clear': { req: Record<string, never>; res: { deleted: number } };
}

export type ContentType = keyof ContentToBackground;
export type UiType = keyof UiToBackground;
type AnyMap = ContentToBackground & UiToBackground;
export type MessageType = keyof AnyMap;

export type Request<M, T extends keyof M> = M[T] extends { req: infer R } ? R : never;
export type Response<M, T extends keyof M> = M[T] extends { res: infer R } ? R : never;

export interface Envelope<T extends string = string, P = unknown> {
  /** Namespaces Ward's messages so a listener can ignore anything else without guessing. */
  ward: 1;
  type: T;
  payload: P;
}

/** Every answer is wrapped, so errors cross the boundary as data instead of rejected promises. */
export type Reply<R> = { ok: true; value: R } | { ok: false; error: string };

export const CONTENT_TYPES: readonly ContentType[] = ['verdicts/request', 'site/status'];
export const UI_TYPES: readonly UiType[] = ['queue/list', 'queue/set-status', 'settings/get', 'settings/set', 'archive/clear'];

export function isEnvelope(value: unknown): value is Envelope {
  return (
    !!value &&
    typeof value === 'object' &&
    (value as Envelope).ward === 1 &&
    typeof (value as Envelope).type === 'string' &&
    'payload' in (value as object)
  );
}

/** Messages between the background and the offscreen document (Chromium only); never routed. */
export interface OffscreenEnvelope {
  wardOffscreen: 1;
  id: number;
  texts: string[];
}
