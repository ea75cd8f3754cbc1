import { decide } from '../classifier/core/decide';
import type { ScoredText } from '../classifier/runtime/score';
import type { ArchivedItem, Verdict } from '../shared/records';
import { loadSettings, type Settings } from '../shared/settings';
import { archiveItems, listQueue, queueCounts, setStatus, type WardDb } from './archive';
import { toArchivedItem } from './evidence';
import type { ContentHandlers, UiHandlers } from './router';
import { validatePage, validateSettingsPayload, validateSite, validateStatus, validateVerdictRequest } from './validate';

export interface HandlerDeps {
  db: WardDb;
  classify: (texts: string[]) => Promise<ScoredText[]>;
  getSettings: () => Promise<Settings>;
  saveSettings: (settings: Settings) => Promise<void>;
  now?: () => Date;
}

export function contentHandlers(deps: HandlerDeps): ContentHandlers {
  return {
    'verdicts/request': async (payload) => {
      const { site, url, items } = validateVerdictRequest(payload);
      const settings = await deps.getSettings();
      if (!settings.enabled || settings.disabledSites.includes(site)) {
        return { verdicts: items.map((i) => ({ key: i.key, hidden: false, labels: [], archived: true })) };
      }
      const scored = await deps.classify(items.map((i) => i.text));
      const decisions = items.map((item, i) => decide(scored[i], { settings, author: item.author, text: item.text }));
      const now = (deps.now ?? (() => new Date()))();
      const records: ArchivedItem[] = [];
      for (const [i, item] of items.entries()) {
        if (decisions[i].hidden) records.push(await toArchivedItem(site, url, item, decisions[i], now));
      }
      // Persist before acknowledging: the service worker may be killed right after it answers.
      let archived = true;
      try {
        await archiveItems(deps.db, records);
      } catch (error) {
        // Quota full or the database closing under us: the content script keeps the items and retries.
        console.warn('[ward] archive failed', error);
        archived = false;
      }
      const verdicts: Verdict[] = items.map((item, i) => ({
        key: item.key,
        hidden: decisions[i].hidden,
        category: decisions[i].category,
        labels: decisions[i].labels,
        archived: decisions[i].hidden ? archived : true,
      }));
      return { verdicts };
    },
    'site/status': async (payload) => {
      const { site } = validateSite(payload);
      const settings = await deps.getSettings();
      return { enabled: settings.enabled && !settings.disabledSites.includes(site) };
    },
  };
}

export function uiHandlers(deps: HandlerDeps): UiHandlers {
  return {
    'queue/list': async (payload) => {
      const { limit, offset } = validatePage(payload);
      return { items: await listQueue(deps.db, limit, offset), counts: await queueCounts(deps.db) };
    },
    'queue/set-status': async (payload) => {
      const { id, status } = validateStatus(payload);
      if (!(await setStatus(deps.db, id, status))) throw new Error(`no archived item ${id}`);
      return { ok: true as const };
    },
    'settings/get': async () => ({ settings: await deps.getSettings() }),
    'settings/set': async (payload) => {
      const settings = loadSettings(validateSettingsPayload(payload));
      await deps.saveSettings(settings);
      return { settings };
    },
    'archive/clear': async () => {
      const deleted = await deps.db.items.count();
      await deps.db.items.clear();
      return { deleted };
    },
  };
}
