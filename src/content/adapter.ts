import type { CommentPayload } from '../shared/records';

/** What an adapter can say about one comment, besides its text. */
export type CommentMeta = Omit<CommentPayload, 'key' | 'text'>;

/**
 * A site adapter only DESCRIBES a site: where comments are, where their text is, and how to read
 * the author, permalink and time. It never blurs and never classifies; the shared engine does.
 * Its file name is its id, its settings key and its log tag.
 */
export interface SiteAdapter {
  id: string;
  /** Human name for settings and logs. */
  name: string;
  /** Decided from the URL alone, because the content script starts before the DOM exists. */
  matches(url: URL): boolean;
  /** Comment containers. Alternatives, each commented with the UI version it targets. */
  itemSelectors: string[];
  /** Inside an item, the element holding the comment's own text: the part the shield blurs. */
  textSelectors: string[];
  /** Reads author, permalink and time from an item. Must not throw on odd markup. */
  meta(item: Element, pageUrl: URL): CommentMeta;
}

/** Resolves a possibly relative href against the page, or undefined for anything not http(s). */
export function absoluteUrl(href: string | null | undefined, base: URL): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** First element matching any selector, in order of preference. */
export function pick(root: Element, selectors: string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}
