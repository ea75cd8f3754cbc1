import type { CommentPayload, Verdict } from '../shared/records';
import type { SiteAdapter } from './adapter';
import { readText } from './read-text';
import { STATE_ATTR, setState, shield, unshield } from './shield';

/** Sends one batch to the background and resolves with its verdicts (throws when unreachable). */
export type AskVerdicts = (site: string, url: string, items: CommentPayload[]) => Promise<Verdict[]>;

interface Tracked {
  item: Element;
  textEl: Element;
  payload: CommentPayload;
  /** The text as read from the page, before any truncation note. */
  read: string;
  attempts: number;
}

export interface EngineOptions {
  adapter: SiteAdapter;
  doc: Document;
  ask: AskVerdicts;
  batchSize?: number;
  /** Waits before retrying a batch the background could not take (worker restarting, quota full). */
  retryDelays?: number[];
  log?: (line: string) => void;
}

/**
 * The content-script engine: observe → extract → ask for verdicts → shield. Text is blurred by CSS
 * until a verdict says it is clean; if the background cannot be reached the text stays hidden
 * ("unchecked") rather than fail open.
 */
export class Engine {
  private readonly scored = new WeakMap<Element, string>();
  private readonly inFlight = new Map<string, Tracked>();
  private queue: Tracked[] = [];
  private nextKey = 1;
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  private observer?: MutationObserver;
  private readonly itemSelector: string;
  private readonly textSelector: string;

  constructor(private readonly options: EngineOptions) {
    this.itemSelector = options.adapter.itemSelectors.join(',');
    this.textSelector = options.adapter.textSelectors.join(',');
  }

  start(): void {
    const { doc } = this.options;
    this.scan(doc);
    // Comments arrive by infinite scroll, "show replies", edits and in-page navigation; the
    // observer sees them all as DOM changes.
    this.observer = new MutationObserver((records) => {
      // One callback can carry hundreds of records for the same subtree (a feed page appending a
      // batch); scan each distinct root once.
      const roots = new Set<Element>();
      for (const record of records) {
        const target = record.target.nodeType === Node.ELEMENT_NODE ? (record.target as Element) : record.target.parentElement;
        if (!target || target.closest('[data-ward-shield]')) continue;
        roots.add(target.closest(this.itemSelector) ?? target);
      }
      for (const root of roots) this.scan(root);
    });
    this.observer.observe(doc, { childList: true, subtree: true, characterData: true });
  }

  stop(): void {
    this.observer?.disconnect();
    clearTimeout(this.flushTimer);
  }

  /** Finds comments in `root` (and root itself) whose text has not been scored as it is now. */
  scan(root: ParentNode): void {
    const items: Element[] = [];
    if (root instanceof Element && root.matches(this.itemSelector)) items.push(root);
    items.push(...root.querySelectorAll(this.itemSelector));
    for (const item of items) this.track(item);
  }

  private track(item: Element): void {
    // Nested threads: the text element must belong to this item, not to a reply inside it.
    const textEl = [...item.querySelectorAll(this.textSelector)].find((el) => el.closest(this.itemSelector) === item);
    if (!textEl) return;
    const { text, truncatedFrom } = readText(textEl);
    if (this.scored.get(textEl) === text) return;
    this.scored.set(textEl, text);
    if (!text.trim()) {
      // Nothing to read, nothing to judge: an empty comment (or an image only) stays visible.
      unshield(textEl);
      setState(textEl, 'clean');
      return;
    }
    const pageUrl = new URL(this.options.doc.location?.href ?? 'about:blank');
    let meta = {};
    try {
      meta = this.options.adapter.meta(item, pageUrl);
    } catch (error) {
      this.options.log?.(`meta extraction failed: ${String(error)}`);
    }
    const key = String(this.nextKey++);
    const payload: CommentPayload = { ...meta, key, text: truncatedFrom ? `${text}\n[Ward: cut at ${text.length} of ${truncatedFrom} characters]` : text };
    unshield(textEl);
    setState(textEl, 'pending');
    this.queue.push({ item, textEl, payload, read: text, attempts: 0 });
    this.scheduleFlush(0);
  }

  private scheduleFlush(delay: number): void {
    if (this.flushTimer !== undefined) return;
    // A short wait gathers a whole screenful of comments into one round trip.
    this.flushTimer = setTimeout(() => {
      this.flushTimer = undefined;
      void this.flush();
    }, delay || 16);
  }

  private async flush(): Promise<void> {
    const size = this.options.batchSize ?? 32;
    while (this.queue.length) {
      const batch = this.queue.splice(0, size);
      for (const t of batch) this.inFlight.set(t.payload.key, t);
      const url = this.options.doc.location?.href ?? '';
      try {
        const verdicts = await this.options.ask(this.options.adapter.id, url, batch.map((t) => t.payload));
        this.apply(batch, verdicts);
      } catch (error) {
        this.options.log?.(`verdict request failed: ${String(error)}`);
        this.retry(batch);
      }
    }
  }

  private apply(batch: Tracked[], verdicts: Verdict[]): void {
    const byKey = new Map(verdicts.map((v) => [v.key, v]));
    const again: Tracked[] = [];
    for (const tracked of batch) {
      this.inFlight.delete(tracked.payload.key);
      const verdict = byKey.get(tracked.payload.key);
      // The page may have replaced the text while we waited: the newer text is already queued.
      const current = this.scored.get(tracked.textEl) === tracked.read;
      if (!verdict) {
        again.push(tracked);
        continue;
      }
      if (verdict.hidden && !verdict.archived) again.push(tracked); // evidence not saved yet: send again
      // A node the page removed meanwhile needs no shield; its evidence is archived all the same.
      if (!tracked.textEl.isConnected || !current) continue;
      if (verdict.hidden) shield(tracked.textEl, verdict.category);
      else setState(tracked.textEl, 'clean');
    }
    if (again.length) this.retry(again);
  }

  private retry(batch: Tracked[]): void {
    const delays = this.options.retryDelays ?? [500, 2_000, 10_000, 30_000, 60_000];
    const later: Tracked[] = [];
    for (const tracked of batch) {
      this.inFlight.delete(tracked.payload.key);
      tracked.attempts += 1;
      if (tracked.textEl.getAttribute(STATE_ATTR) === 'pending' && tracked.textEl.isConnected) {
        shield(tracked.textEl, undefined, 'unchecked');
      }
      if (tracked.attempts <= delays.length) later.push(tracked);
      else this.options.log?.(`gave up on comment ${tracked.payload.key} after ${tracked.attempts} attempts`);
    }
    if (!later.length) return;
    const delay = delays[Math.min(later[0].attempts - 1, delays.length - 1)];
    setTimeout(() => {
      this.queue.push(...later);
      this.scheduleFlush(1);
    }, delay);
  }
}
