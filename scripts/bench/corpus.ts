import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface BenchCorpus {
  texts: string[];
  /** Where the texts came from, with counts, for the report. */
  sources: Record<string, number>;
  meanChars: number;
}

/**
 * Distinct benchmark texts: our own functional cases, plus public test-split tweets from
 * ../shared/data. Distinct, because Ward caches verdicts per text and a repeated text would measure
 * the cache, not the model.
 *
 * Refuses to run short of real texts. It used to pad with "sample comment #n", and a copy of the
 * scripts outside the checkout (where ../shared/data does not resolve) then benchmarked four-word
 * strings: session 7 reported 245/s against 108-132/s on the real corpus before this was found.
 */
export function benchCorpus(count: number, root = resolve(import.meta.dirname, '../..')): BenchCorpus {
  const texts: string[] = [];
  const sources: Record<string, number> = {};
  const add = (name: string, lines: string[]) => {
    texts.push(...lines);
    sources[name] = lines.length;
  };
  const functional = resolve(root, 'test/functional/cases.jsonl');
  if (existsSync(functional)) {
    const lines = readFileSync(functional, 'utf8').split('\n').filter((l) => l.trim());
    add('test/functional/cases.jsonl', lines.map((l) => (JSON.parse(l) as { text: string }).text));
  }
  for (const file of ['tweeteval/offensive/test_text.txt', 'tweeteval/hate/test_text.txt']) {
    const path = resolve(root, '../shared/data', file);
    if (existsSync(path)) add(`shared/data/${file}`, readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()));
  }
  const unique = [...new Set(texts)];
  if (unique.length < count) {
    throw new Error(
      `bench corpus: ${unique.length} distinct real texts under ${root} (${JSON.stringify(sources)}), ${count} needed. ` +
        'Run from the checkout, next to ../shared/data.',
    );
  }
  // Deterministic shuffle (LCG) so every run sees the same order.
  let seed = 42;
  for (let i = unique.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const j = seed % (i + 1);
    [unique[i], unique[j]] = [unique[j], unique[i]];
  }
  const picked = unique.slice(0, count);
  return { texts: picked, sources, meanChars: Math.round(picked.reduce((n, t) => n + t.length, 0) / picked.length) };
}
