import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const LABELS = ['abusive', 'insult', 'identity_hate', 'threat', 'sexual', 'profanity'];

function classify(lines: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', resolve(ROOT, 'scripts/classify.ts')], {
    cwd: ROOT,
    input: lines.join('\n') + '\n',
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: unknown; scores: Record<string, number>; hidden: boolean; labels: string[]; error?: string });
}

/** The evaluation command's contract: one JSON line out per input line, in order, never failing on bad input. */
describe.skipIf(!existsSync(resolve(ROOT, 'models/ward-abuse/config.json')))('npm run classify', () => {
  it('answers every line, in order, including odd and broken input', () => {
    const inputs = [
      JSON.stringify({ id: 1, text: 'I will kill you' }),
      JSON.stringify({ id: 'b', text: 'What a lovely photo of your garden!' }),
      JSON.stringify({ id: 3, text: '' }),
      JSON.stringify({ id: 4, text: '😀😡🔥' }),
      JSON.stringify({ id: 5, text: `${'word '.repeat(20_000)}and I will kill you` }),
      'this is not json',
      JSON.stringify({ id: 7 }),
      JSON.stringify({ id: 8, text: 'ｙｏｕ ａｒｅ ａ ｂ!ｔｃｈ' }),
    ];
    const out = classify(inputs);
    expect(out.map((o) => o.id)).toEqual([1, 'b', 3, 4, 5, null, 7, 8]);
    for (const o of out) {
      expect(Object.keys(o.scores).sort()).toEqual([...LABELS].sort());
      for (const p of Object.values(o.scores)) expect(p).toBeGreaterThanOrEqual(0);
      expect(typeof o.hidden).toBe('boolean');
    }
    expect(out[0]).toMatchObject({ hidden: true, labels: expect.arrayContaining(['threat']) });
    expect(out[1].hidden).toBe(false);
    expect(out[2].hidden).toBe(false);
    expect(out[4].hidden).toBe(true); // the threat at the end of 100 kB of text
    expect(out[5]).toMatchObject({ hidden: false, error: 'line is not valid JSON' });
    expect(out[7].hidden).toBe(true);
    // A child process that loads the model and the word lists: seconds on a busy two-core machine.
  }, 60_000);
});
