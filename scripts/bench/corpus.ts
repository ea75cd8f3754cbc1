import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Distinct benchmark texts: our own functional cases, plus public test-split tweets when
 * ../shared/data is present. Distinct, because Ward caches verdicts per text and a repeated text
 * would measure the cache, not the model.
 */
export function benchCorpus(count: number): string[] {
  const root = resolve(import.meta.dirname, '../..');
  const texts: string[] = [];
  const functional = resolve(root, 'test/functional/cases.jsonl');
  if (existsSync(functional)) {
    for (const line of readFileSync(functional, 'utf8').split('\n')) if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
  }
  for (const file of ['tweeteval/offensive/test_text.txt', 'tweeteval/hate/test_text.txt']) {
    const path = resolve(root, '../shared/data', file);
    if (existsSync(path)) texts.push(...readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()));
  }
  const unique = [...new Set(texts)];
  // Deterministic shuffle (LCG) so every run sees the same order.
  let seed = 42;
  for (let i = unique.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const j = seed % (i + 1);
    [unique[i], unique[j]] = [unique[j], unique[i]];
  }
  for (let i = 0; unique.length < count; i++) unique.push(`${unique[i % Math.max(1, unique.length)] ?? 'sample comment'} #${i}`);
  return unique.slice(0, count);
}
