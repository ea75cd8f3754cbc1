import { describe, expect, it } from 'vitest';
import { decodeLeet, joinSpacedLetters, normaliseForModel, normaliseForRules, squeeze } from '../../src/classifier/core/normalise';

describe('normaliseForRules undoes filter-dodging tricks', () => {
  it.each([
    ['case', 'YOU IDIOT', 'you idiot'],
    ['Cyrillic look-alikes', 'уоu аrе trаsh', 'you are trash'],
    ['fullwidth letters', 'ｋｉｌｌ ｙｏｕ', 'kill you'],
    ['mathematical bold', '𝐤𝐢𝐥𝐥 𝐲𝐨𝐮', 'kill you'],
    ['zero-width characters', 'bi\u200btch', 'bitch'],
    ['soft hyphen and bidi marks', 'ki\u00adll\u202e', 'kill'],
    ['accents', 'stüpïd', 'stupid'],
    ['leetspeak', 'k1ll y0u', 'kill you'],
    ['symbol leet', 'b!tch', 'bitch'],
    ['spaced letters', 'k i l l  y o u', 'kill you'],
    ['dotted letters', 'k.i.l.l', 'kill'],
    ['curly apostrophe', 'you’re', "you're"],
  ])('%s', (_name, input, expected) => {
    expect(normaliseForRules(input)).toBe(expected);
  });

  it.each([
    ['phone numbers stay digits', 'call 555-201-3344', 'call 555-201-3344'],
    ['prices stay digits', 'it costs $40', 'it costs $40'],
    ['mentions stay mentions', '@alice hi', '@alice hi'],
    ['ordinary words stay', 'from Rome', 'from rome'],
  ])('%s', (_name, input, expected) => {
    expect(normaliseForRules(input)).toBe(expected);
  });
});

describe('normaliseForModel is light', () => {
  it('keeps case and punctuation but folds look-alikes and strips invisible characters', () => {
    expect(normaliseForModel('Ηеllo\u200b,  World!')).toBe('Hello, World!');
  });
  it('replaces links and @handles the way the training data was anonymised', () => {
    expect(normaliseForModel('@sam_99 see https://example.org/x?y=1 and www.example.com')).toBe('@user see http and http');
  });
  it('does not turn ASCII "m" into "rn" the way a full confusables skeleton would', () => {
    expect(normaliseForModel('mom')).toBe('mom');
  });
  it('caps very long text, keeping its head and its tail', () => {
    expect(normaliseForModel(`${'a'.repeat(300_000)}THE END`).endsWith('THE END')).toBe(true);
    expect(normaliseForModel('a'.repeat(300_000)).length).toBeLessThanOrEqual(200_001);
  });
  it('handles empty and emoji-only text', () => {
    expect(normaliseForModel('')).toBe('');
    expect(normaliseForModel('  😀🔥  ')).toBe('😀🔥');
  });
});

describe('helpers', () => {
  it('decodes leet only inside words that have letters', () => {
    expect(decodeLeet('h4t3 2024')).toBe('hate 2024');
    // times of day are not leetspeak: "5am" is not "sam"
    expect(decodeLeet('at 5am, 8pm or 7.30pm')).toBe('at 5am, 8pm or 7.30pm');
  });
  it('joins only runs of three or more single letters', () => {
    expect(joinSpacedLetters('i am ok')).toBe('i am ok');
    expect(joinSpacedLetters('d i e')).toBe('die');
  });
  it('squeezes repeated letters', () => {
    expect(squeeze('diiiieee')).toBe('die');
  });
});
