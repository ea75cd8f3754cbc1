import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, loadSettings } from '../../src/shared/settings';

describe('settings', () => {
  it('gives defaults for nothing stored or garbage', () => {
    for (const stored of [undefined, null, 42, 'x', []]) expect(loadSettings(stored)).toEqual(DEFAULT_SETTINGS);
  });
  it('migrates version 1 (one global strictness) to per-category levels', () => {
    const s = loadSettings({ version: 1, strictness: 'strict', allowlist: ['@Friend'] });
    expect(s.version).toBe(SETTINGS_VERSION);
    expect(s.strictness.threat).toBe('strict');
    expect(s.strictness.profanity).toBe('off');
    expect(s.allowlist).toEqual(['friend']);
  });
  it('keeps good fields when one field is bad', () => {
    const s = loadSettings({ version: 2, enabled: 'yes', allowlist: ['ok', 7, ''], strictness: { threat: 'extreme', insult: 'relaxed' } });
    expect(s.enabled).toBe(true);
    expect(s.allowlist).toEqual(['ok']);
    expect(s.strictness.threat).toBe(DEFAULT_SETTINGS.strictness.threat);
    expect(s.strictness.insult).toBe('relaxed');
  });
  it('reads settings written by a newer version without crashing', () => {
    expect(loadSettings({ version: 99, enabled: false, futureKey: 1 }).enabled).toBe(false);
  });
});
