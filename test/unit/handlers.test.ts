import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WardDb } from '../../src/background/archive';
import { contentHandlers, uiHandlers, type HandlerDeps } from '../../src/background/handlers';
import { scoreTexts } from '../../src/classifier/runtime/score';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';

let db: WardDb;
let settings: Settings;
let deps: HandlerDeps;
let n = 0;

beforeEach(async () => {
  db = new WardDb();
  // A fresh database per test: fake-indexeddb keeps databases for the whole process.
  db.close();
  db = new (class extends WardDb {})();
  Object.defineProperty(db, 'name', { value: `ward-test-${n++}` });
  settings = structuredClone(DEFAULT_SETTINGS);
  deps = {
    db,
    classify: (texts) => scoreTexts(texts),
    getSettings: async () => settings,
    saveSettings: async (s) => {
      settings = s;
    },
    now: () => new Date('2026-11-21T10:00:00Z'),
  };
  await db.items.clear();
});

afterEach(() => db.close());

const request = (items: { key: string; text: string; author?: string; permalink?: string }[]) =>
  contentHandlers(deps)['verdicts/request']({ site: 'demo', url: 'http://127.0.0.1/demo/feed.html', items }, {});

describe('verdicts/request', () => {
  it('archives hidden items before answering, with their context', async () => {
    const { verdicts } = await request([
      { key: '1', text: 'I will kill you', author: '@a', permalink: 'http://127.0.0.1/demo/p/1' },
      { key: '2', text: 'lovely photo!' },
    ]);
    expect(verdicts).toEqual([
      { key: '1', hidden: true, category: 'threat', labels: ['threat', 'abusive'], archived: true },
      { key: '2', hidden: false, category: undefined, labels: [], archived: true },
    ]);
    const [item] = await db.items.toArray();
    expect(item).toMatchObject({ text: 'I will kill you', author: '@a', category: 'threat', site: 'demo', status: 'pending', permalink: 'http://127.0.0.1/demo/p/1' });
    expect(item.seenAt).toMatch(/^2026-11-21T\d\d:00:00\.000[+-]\d\d:\d\d$/);
    expect(item.reasons).toContain('first-person-violence');
  });

  it('stores a pasted pile-on message once per author and place, and a re-capture once', async () => {
    await request([
      { key: '1', text: 'kys', author: '@a' },
      { key: '2', text: 'kys', author: '@a' },
      { key: '3', text: 'kys', author: '@b' },
    ]);
    await request([{ key: '9', text: 'kys', author: '@a' }]);
    expect(await db.items.count()).toBe(2);
  });

  it('answers archived:false when the disk is full, and keeps nothing half-written', async () => {
    db.items.hook('creating', () => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    const { verdicts } = await request([{ key: '1', text: 'I will kill you' }, { key: '2', text: 'kys' }]);
    expect(verdicts.map((v) => [v.hidden, v.archived])).toEqual([
      [true, false],
      [true, false],
    ]);
    expect(await db.items.count()).toBe(0);
  });

  it('rejects malformed payloads with a clear error', async () => {
    const handler = contentHandlers(deps)['verdicts/request'];
    await expect(handler({ site: 'demo', url: 'u', items: [{ key: '1', text: 5 }] }, {})).rejects.toThrow('items[0].text must be a string');
    await expect(handler({ site: 'demo', url: 'u', items: [{ key: '1', text: 'x'.repeat(1_000_001) }] }, {})).rejects.toThrow(/longer than/);
    await expect(handler({ site: 'demo', url: 'u', items: new Array(201).fill({ key: '1', text: 'a' }) }, {})).rejects.toThrow(/at most 200/);
    await expect(handler(null, {})).rejects.toThrow('payload must be an object');
  });

  it('keeps every item readable on a site the user switched off', async () => {
    settings.disabledSites = ['demo'];
    const { verdicts } = await request([{ key: '1', text: 'I will kill you' }]);
    expect(verdicts[0].hidden).toBe(false);
    expect(await db.items.count()).toBe(0);
  });
});

describe('ui handlers', () => {
  it('lists the queue newest first with counts, and records review decisions', async () => {
    await request([{ key: '1', text: 'I will kill you' }, { key: '2', text: 'you stupid bitch' }]);
    const ui = uiHandlers(deps);
    const { items, counts } = await ui['queue/list']({ limit: 10, offset: 0 }, {});
    expect(counts).toEqual({ total: 2, threat: 1, insult: 1 });
    await ui['queue/set-status']({ id: items[0].id, status: 'escalated' }, {});
    expect((await db.items.get(items[0].id))?.status).toBe('escalated');
    await expect(ui['queue/set-status']({ id: items[0].id, status: 'deleted' }, {})).rejects.toThrow('unknown status');
  });

  it('validates settings before saving them', async () => {
    const ui = uiHandlers(deps);
    const { settings: saved } = await ui['settings/set']({ settings: { ...settings, allowlist: ['@Pal', 3] } }, {});
    expect(saved.allowlist).toEqual(['pal']);
    await expect(ui['settings/set']({ settings: 'all off' }, {})).rejects.toThrow('settings must be an object');
  });
});
