import { describe, expect, it } from 'vitest';
import { MAX_WINDOWS, WINDOW_CHARS, hashText, textWindows } from '../../src/classifier/core/chunks';

describe('textWindows', () => {
  it('keeps a short text whole', () => {
    expect(textWindows('you are trash')).toEqual(['you are trash']);
  });
  it('cuts a long text at sentence ends into windows the encoder can read', () => {
    const text = Array.from({ length: 40 }, (_, i) => `Sentence number ${i} is here.`).join(' ');
    const windows = textWindows(text);
    expect(windows.length).toBeGreaterThan(1);
    for (const w of windows) expect(w.length).toBeLessThanOrEqual(WINDOW_CHARS);
    expect(windows.every((w) => w.endsWith('.'))).toBe(true);
  });
  it('always looks at the end of a very long text, where a threat may hide', () => {
    const text = `${'filler words here '.repeat(2000)}and I will kill you`;
    const windows = textWindows(text);
    expect(windows.length).toBe(MAX_WINDOWS);
    expect(windows.at(-1)).toMatch(/I will kill you$/);
  });
  it('copes with text without spaces', () => {
    expect(textWindows('x'.repeat(1000)).join('')).toBe('x'.repeat(1000));
  });
});

describe('hashText', () => {
  it('is stable and tells texts apart', () => {
    expect(hashText('abc')).toBe(hashText('abc'));
    expect(hashText('abc')).not.toBe(hashText('abd'));
    expect(Number.isSafeInteger(hashText('x'.repeat(10_000)))).toBe(true);
  });
});
