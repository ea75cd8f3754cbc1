import type { Decision } from '../classifier/core/decide';
import type { ArchivedItem, CommentPayload } from '../shared/records';

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Local ISO time with its UTC offset ("2026-11-21T06:05:00.000+01:00"): evidence needs the zone. */
export function localIsoTime(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');
  const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, -1);
  return `${local}${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

/** Builds the archive record for one hidden comment. The id hashes who said what where. */
export async function toArchivedItem(
  site: string,
  url: string,
  item: CommentPayload,
  decision: Decision,
  now: Date,
): Promise<ArchivedItem> {
  const textSha256 = await sha256Hex(item.text);
  const id = (await sha256Hex([site, item.permalink ?? url, item.author ?? '', textSha256].join('\n'))).slice(0, 32);
  return {
    id,
    text: item.text,
    category: decision.category ?? 'abusive',
    labels: decision.labels,
    scores: decision.scores,
    reasons: decision.reasons,
    url,
    site,
    author: item.author,
    authorUrl: item.authorUrl,
    permalink: item.permalink,
    postedAt: item.postedAt,
    postedAtShown: item.postedAtShown,
    parentPermalink: item.parentPermalink,
    seenAt: localIsoTime(now),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    textSha256,
    status: 'pending',
  };
}
