import { CATEGORIES, type Category } from './categories';

export type Strictness = 'off' | 'relaxed' | 'balanced' | 'strict';
export const STRICTNESS_LEVELS: readonly Strictness[] = ['off', 'relaxed', 'balanced', 'strict'];

export interface Settings {
  version: number;
  enabled: boolean;
  strictness: Record<Category, Strictness>;
  /** Author handles whose comments always stay readable (lower-cased, without "@"). */
  allowlist: string[];
  /** Words the user never wants to read, matched on normalised text. */
  mutedWords: string[];
  /** Site adapter ids switched off by the user. */
  disabledSites: string[];
}

export const SETTINGS_VERSION = 2;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  enabled: true,
  strictness: {
    threat: 'strict',
    sextortion: 'strict',
    doxxing: 'strict',
    identity_hate: 'balanced',
    sexual: 'balanced',
    insult: 'balanced',
    // Profanity alone is not abuse ("that gig was f***ing great"); the target can opt in.
    profanity: 'off',
    abusive: 'balanced',
  },
  allowlist: [],
  mutedWords: [],
  disabledSites: [],
};

type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

/**
 * Ordered migrations: MIGRATIONS[n] turns a version-n object into version n+1.
 * Version 1 (first prototype) had one global `strictness` string instead of a per-category map.
 */
const MIGRATIONS: Record<number, Migration> = {
  1: (old) => {
    if (!STRICTNESS_LEVELS.includes(old.strictness as Strictness)) return { ...old, strictness: undefined, version: 2 };
    const level = old.strictness as Strictness;
    const strictness = Object.fromEntries(CATEGORIES.map((c) => [c, c === 'profanity' ? 'off' : level]));
    return { ...old, strictness, version: 2 };
  },
};

function stringList(value: unknown, max = 1000): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((v): v is string => typeof v === 'string')
    .map((v) => v.trim().slice(0, 200))
    .filter(Boolean)
    .slice(0, max);
}

/**
 * Turns whatever is in storage (nothing, an old version, a hand-edited or corrupt object) into valid
 * current settings. Unknown keys are dropped; bad values fall back to the defaults one by one, so a
 * single bad field never resets the user's allowlist.
 */
export function loadSettings(stored: unknown): Settings {
  if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return structuredClone(DEFAULT_SETTINGS);
  let raw = { ...(stored as Record<string, unknown>) };
  let version = typeof raw.version === 'number' ? raw.version : 1;
  if (version > SETTINGS_VERSION) version = SETTINGS_VERSION; // written by a newer Ward: read what we know
  while (version < SETTINGS_VERSION) {
    const migrate = MIGRATIONS[version];
    if (!migrate) break;
    raw = migrate(raw);
    version += 1;
  }
  return validateSettings(raw);
}

export function validateSettings(raw: Record<string, unknown>): Settings {
  const strictnessIn = (raw.strictness && typeof raw.strictness === 'object' ? raw.strictness : {}) as Record<string, unknown>;
  const strictness = { ...DEFAULT_SETTINGS.strictness };
  for (const c of CATEGORIES) {
    const v = strictnessIn[c];
    if (STRICTNESS_LEVELS.includes(v as Strictness)) strictness[c] = v as Strictness;
  }
  return {
    version: SETTINGS_VERSION,
    enabled: typeof raw.enabled === 'boolean' ? raw.enabled : DEFAULT_SETTINGS.enabled,
    strictness,
    allowlist: stringList(raw.allowlist).map((h) => h.replace(/^@/, '').toLowerCase()),
    mutedWords: stringList(raw.mutedWords).map((w) => w.toLowerCase()),
    disabledSites: stringList(raw.disabledSites, 100),
  };
}
