import Dexie, { type Table } from 'dexie';
import type { ArchivedItem, QueueCounts, ReviewStatus } from '../shared/records';

/**
 * The evidence archive, in the extension's own IndexedDB. Items are keyed by a hash of what was
 * captured, so the same comment seen again (scrolling back, a re-render) is stored once and keeps
 * its first capture time.
 */
export class WardDb extends Dexie {
  items!: Table<ArchivedItem, string>;

  constructor(options?: ConstructorParameters<typeof Dexie>[1]) {
    super('ward', options);
    this.version(1).stores({ items: 'id, seenAt, category, site, status' });
  }
}

/** Stores every item not already archived, in one transaction: all of them or none. */
export async function archiveItems(db: WardDb, items: ArchivedItem[]): Promise<number> {
  if (!items.length) return 0;
  return db.transaction('rw', db.items, async () => {
    const existing = await db.items.bulkGet(items.map((i) => i.id));
    const fresh = items.filter((item, i) => !existing[i]);
    // Several identical items in one batch (a pasted pile-on) are one record.
    const unique = [...new Map(fresh.map((i) => [i.id, i])).values()];
    await db.items.bulkAdd(unique);
    return unique.length;
  });
}

export async function listQueue(db: WardDb, limit: number, offset: number): Promise<ArchivedItem[]> {
  return db.items.orderBy('seenAt').reverse().offset(offset).limit(limit).toArray();
}

export async function queueCounts(db: WardDb): Promise<QueueCounts> {
  const counts: QueueCounts = { total: 0 };
  await db.items.each((item) => {
    counts.total += 1;
    counts[item.category] = (counts[item.category] ?? 0) + 1;
  });
  return counts;
}

export async function setStatus(db: WardDb, id: string, status: ReviewStatus): Promise<boolean> {
  return (await db.items.update(id, { status })) === 1;
}
