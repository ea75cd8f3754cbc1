import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchCorpus } from '../../scripts/bench/corpus';

/** A checkout-like folder: root/test/functional/cases.jsonl and root/../shared/data/tweeteval/… */
function fakeRoot(cases: string[], tweets: string[]): string {
  const parent = mkdtempSync(join(tmpdir(), 'ward-corpus-'));
  const root = join(parent, 'repo');
  mkdirSync(join(root, 'test/functional'), { recursive: true });
  writeFileSync(join(root, 'test/functional/cases.jsonl'), cases.map((text) => JSON.stringify({ text })).join('\n'));
  mkdirSync(join(parent, 'shared/data/tweeteval/offensive'), { recursive: true });
  writeFileSync(join(parent, 'shared/data/tweeteval/offensive/test_text.txt'), tweets.join('\n'));
  return root;
}

describe('benchmark corpus', () => {
  it('takes distinct real texts, in the same order every run, and says where they came from', () => {
    const root = fakeRoot(['a case', 'another case'], ['tweet one', 'tweet two', 'a case', 'tweet three']);
    const first = benchCorpus(5, root);
    expect(new Set(first.texts).size).toBe(5);
    expect(first.texts).toEqual(benchCorpus(5, root).texts);
    expect(first.sources).toEqual({ 'test/functional/cases.jsonl': 2, 'shared/data/tweeteval/offensive/test_text.txt': 4 });
    expect(first.meanChars).toBeGreaterThan(5);
  });

  it('refuses to pad a short corpus with made-up texts (a padded run once reported twice the real speed)', () => {
    const root = fakeRoot(['only one case'], []);
    expect(() => benchCorpus(10, root)).toThrow(/1 distinct real texts.*10 needed/);
  });
});
