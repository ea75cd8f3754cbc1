import type { CommentPayload } from '../shared/records';
import type { ReviewStatus } from '../shared/records';

/**
 * Payload validation at the receiving end. Content-script payloads carry attacker-controlled page
 * text, so every field is type-checked and size-capped here, whatever the sender claims.
 */
export class InvalidPayload extends Error {}

/** A comment longer than this is truncated by the content script (and marked) before sending. */
export const MAX_TEXT_CHARS = 1_000_000;
export const MAX_BATCH = 200;

function str(value: unknown, field: string, max: number, optional = false): string | undefined {
  if (value === undefined && optional) return undefined;
  if (typeof value !== 'string') throw new InvalidPayload(`${field} must be a string`);
  if (value.length > max) throw new InvalidPayload(`${field} is longer than ${max} characters`);
  return value;
}

function obj(value: unknown, field: string): Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new InvalidPayload(`${field} must be an object`);
  return value as Record<string, unknown>;
}

export function validateComment(value: unknown, i: number): CommentPayload {
  const o = obj(value, `items[${i}]`);
  const f = (name: string, max = 4096) => str(o[name], `items[${i}].${name}`, max, true);
  return {
    key: str(o.key, `items[${i}].key`, 64)!,
    text: str(o.text, `items[${i}].text`, MAX_TEXT_CHARS)!,
    author: f('author', 512),
    authorUrl: f('authorUrl'),
    permalink: f('permalink'),
    postedAt: f('postedAt', 64),
    postedAtShown: f('postedAtShown', 128),
    parentPermalink: f('parentPermalink'),
  };
}

export function validateVerdictRequest(value: unknown): { site: string; url: string; items: CommentPayload[] } {
  const o = obj(value, 'payload');
  if (!Array.isArray(o.items)) throw new InvalidPayload('items must be an array');
  if (o.items.length > MAX_BATCH) throw new InvalidPayload(`at most ${MAX_BATCH} items per batch`);
  return { site: str(o.site, 'site', 64)!, url: str(o.url, 'url', 8192)!, items: o.items.map(validateComment) };
}

export function validateSite(value: unknown): { site: string } {
  return { site: str(obj(value, 'payload').site, 'site', 64)! };
}

export function validatePage(value: unknown): { limit: number; offset: number } {
  const o = obj(value, 'payload');
  const int = (v: unknown, d: number, max: number) => (Number.isInteger(v) && (v as number) >= 0 ? Math.min(v as number, max) : d);
  return { limit: int(o.limit, 50, 500), offset: int(o.offset, 0, Number.MAX_SAFE_INTEGER) };
}

const STATUSES: ReviewStatus[] = ['pending', 'confirmed', 'false_positive', 'escalated'];
export function validateStatus(value: unknown): { id: string; status: ReviewStatus } {
  const o = obj(value, 'payload');
  if (!STATUSES.includes(o.status as ReviewStatus)) throw new InvalidPayload('unknown status');
  return { id: str(o.id, 'id', 64)!, status: o.status as ReviewStatus };
}

export function validateSettingsPayload(value: unknown): Record<string, unknown> {
  return obj(obj(value, 'payload').settings, 'settings');
}
