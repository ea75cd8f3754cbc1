import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { decide } from '../src/classifier/core/decide';
import { MODEL_ID, createModelScorer } from '../src/classifier/runtime/model';
import { scoreTexts } from '../src/classifier/runtime/score';
import { MODEL_LABELS } from '../src/shared/categories';

/**
 * `npm run --silent classify`: the evaluation command. One JSON object per stdin line
 * ({"id": ..., "text": ...}), one JSON line out per input, in input order, through the same code
 * as the extension: normalisation, rules, the shipped model, and the decision at default settings.
 */
const MODEL_ROOT = resolve(import.meta.dirname, '../models');
const CHUNK = 512;

if (!existsSync(resolve(MODEL_ROOT, MODEL_ID, 'config.json'))) {
  console.error(`classify: no model in ${resolve(MODEL_ROOT, MODEL_ID)}`);
  process.exit(1);
}
const model = createModelScorer({ modelRoot: MODEL_ROOT, device: 'cpu', cacheSize: 20_000 });

interface Line {
  id: unknown;
  text: string;
  error?: string;
}

function parse(raw: string): Line {
  try {
    const value = JSON.parse(raw) as { id?: unknown; text?: unknown };
    if (!value || typeof value !== 'object') return { id: null, text: '', error: 'line is not a JSON object' };
    const text = typeof value.text === 'string' ? value.text : value.text == null ? '' : String(value.text);
    return { id: value.id ?? null, text };
  } catch {
    return { id: null, text: '', error: 'line is not valid JSON' };
  }
}

async function emit(lines: Line[]): Promise<void> {
  const scored = await scoreTexts(lines.map((l) => l.text), model);
  const out = lines.map((line, i) => {
    const decision = decide(scored[i], { text: line.text });
    const scores = Object.fromEntries(MODEL_LABELS.map((l) => [l, Number((decision.scores[l] ?? 0).toFixed(6))]));
    const record: Record<string, unknown> = { id: line.id, scores, hidden: decision.hidden, labels: decision.labels };
    if (line.error) record.error = line.error;
    return JSON.stringify(record);
  });
  // Respect back-pressure so 10,000 lines never pile up in memory.
  if (!process.stdout.write(out.join('\n') + '\n')) await new Promise((ok) => process.stdout.once('drain', ok));
}

await model.load();
let pending: Line[] = [];
const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const raw of rl) {
  if (!raw.trim()) continue; // blank lines are separators, not inputs
  pending.push(parse(raw));
  if (pending.length >= CHUNK) {
    await emit(pending);
    pending = [];
  }
}
if (pending.length) await emit(pending);
