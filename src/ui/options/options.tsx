import { useEffect, useState } from 'preact/hooks';
import { CATEGORIES, CATEGORY_NAMES, type Category } from '../../shared/categories';
import { callBackground } from '../../shared/client';
import { STRICTNESS_LEVELS, type Settings, type Strictness } from '../../shared/settings';
import { ADAPTERS } from '../../content/sites';

const LEVEL_NAMES: Record<Strictness, string> = { off: 'Show', relaxed: 'Hide only the clearest', balanced: 'Balanced', strict: 'Hide anything likely' };
const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

/** Settings: how strict the shield is per kind of abuse, friends who stay readable, muted words, sites. */
export function Options() {
  const [settings, setSettings] = useState<Settings>();
  const [status, setStatus] = useState('');

  useEffect(() => {
    callBackground('settings/get', {}).then((r) => setSettings(r.settings), (e: unknown) => setStatus(`Could not load settings: ${String(e)}`));
  }, []);
  if (!settings) return <p class="popup">{status || 'Loading…'}</p>;

  const update = (patch: Partial<Settings>) => setSettings({ ...settings, ...patch });
  const setLevel = (category: Category, level: Strictness) => update({ strictness: { ...settings.strictness, [category]: level } });
  const save = () =>
    callBackground('settings/set', { settings }).then(
      (r) => {
        setSettings(r.settings);
        setStatus('Saved. Pages you open from now on use these settings.');
      },
      (e: unknown) => setStatus(`Could not save: ${String(e)}`),
    );

  return (
    <form class="popup options" onSubmit={(e) => (e.preventDefault(), void save())}>
      <h1>Ward settings</h1>
      <label>
        <input type="checkbox" checked={settings.enabled} onChange={(e) => update({ enabled: e.currentTarget.checked })} /> Shield is on
      </label>
      <fieldset>
        <legend>How strict, per kind of abuse</legend>
        {CATEGORIES.map((category) => (
          <label key={category} class="row">
            <span>{CATEGORY_NAMES[category]}</span>
            <select name={`strictness-${category}`} value={settings.strictness[category]} onChange={(e) => setLevel(category, e.currentTarget.value as Strictness)}>
              {STRICTNESS_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {LEVEL_NAMES[level]}
                </option>
              ))}
            </select>
          </label>
        ))}
      </fieldset>
      <label class="block">
        Always readable (one handle per line)
        <textarea name="allowlist" rows={4} value={settings.allowlist.join('\n')} onInput={(e) => update({ allowlist: lines(e.currentTarget.value) })} />
      </label>
      <label class="block">
        Muted words (one per line)
        <textarea name="muted" rows={4} value={settings.mutedWords.join('\n')} onInput={(e) => update({ mutedWords: lines(e.currentTarget.value) })} />
      </label>
      <fieldset>
        <legend>Sites</legend>
        {ADAPTERS.map((adapter) => (
          <label key={adapter.id} class="row">
            <span>{adapter.name}</span>
            <input
              type="checkbox"
              name={`site-${adapter.id}`}
              checked={!settings.disabledSites.includes(adapter.id)}
              onChange={(e) =>
                update({ disabledSites: e.currentTarget.checked ? settings.disabledSites.filter((s) => s !== adapter.id) : [...settings.disabledSites, adapter.id] })
              }
            />
          </label>
        ))}
      </fieldset>
      <button type="submit">Save</button>
      <p role="status" data-testid="options-status">{status}</p>
    </form>
  );
}
