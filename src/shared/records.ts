import type { Category, CategoryScores, ShieldCategory } from './categories';

/** What a site adapter extracts from one comment. Every field but text may be missing on a site. */
export interface CommentPayload {
  /** Engine-local key, unique within one page; used only to match the verdict back to its node. */
  key: string;
  text: string;
  author?: string;
  authorUrl?: string;
  permalink?: string;
  /** ISO time when the site shows an exact posting time. */
  postedAt?: string;
  /** What the site shows when it gives only a relative time ("2 h ago"), kept verbatim as evidence. */
  postedAtShown?: string;
  /** Permalink or text of the post this one answers, where the site shows it. */
  parentPermalink?: string;
}

export interface Verdict {
  key: string;
  hidden: boolean;
  category?: ShieldCategory;
  labels: Category[];
  /** False when the item should have been archived but could not be: the content script retries. */
  archived: boolean;
}

export type ReviewStatus = 'pending' | 'confirmed' | 'false_positive' | 'escalated';

/** One piece of evidence in the archive: what the page showed, plus what Ward decided and when. */
export interface ArchivedItem extends Omit<CommentPayload, 'key'> {
  /** Derived from the content, so re-captures of the same comment dedupe. */
  id: string;
  category: ShieldCategory;
  labels: Category[];
  scores: CategoryScores;
  /** The rules that fired (e.g. "first-person-violence", "counter-speech"), so a reviewer sees why. */
  reasons: string[];
  url: string;
  site: string;
  /** ISO time of first capture, with the capturing machine's offset. */
  seenAt: string;
  timeZone: string;
  /** SHA-256 of the text as captured, hex. */
  textSha256: string;
  status: ReviewStatus;
}

export type QueueCounts = Partial<Record<ShieldCategory, number>> & { total: number };
