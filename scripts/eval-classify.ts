import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decide } from '../src/classifier/core/decide';
import { createModelScorer } from '../src/classifier/runtime/model';
import { scoreTexts } from '../src/classifier/runtime/score';
import { MODEL_LABELS, type ModelLabel } from '../src/shared/categories';
import { accuracy, bestF1Threshold, confusion, f1, rocAuc } from './lib/metrics';

/**
 * `npm run eval`: the shipped pipeline (normalisation, rules, model, decision at default settings:
 * exactly what `classify` runs) on every validation and test split, plus the official OLID test set.
 * `--calibrate` instead picks each label's operating point on the validation splits, from the raw
 * model probabilities, and prints the `ward.thresholds` object for models/ward-abuse/config.json.
 * Needs the splits exported first: /usr/bin/python3 scripts/model/export_eval.py
 */
const ROOT = resolve(import.meta.dirname, '..');
const EVAL = resolve(ROOT, 'reports/eval');
const calibrating = process.argv.includes('--calibrate');

interface Row {
  id: string;
  text: string;
  labels: Partial<Record<ModelLabel, number | null>>;
}

function readSets(split: string): Map<string, Row[]> {
  const sets = new Map<string, Row[]>();
  if (!existsSync(EVAL)) throw new Error('no reports/eval: run /usr/bin/python3 scripts/model/export_eval.py first');
  for (const file of readdirSync(EVAL).filter((f) => f.endsWith(`.${split}.jsonl`)).sort()) {
    sets.set(file.replace(`.${split}.jsonl`, ''), readFileSync(resolve(EVAL, file), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Row));
  }
  return sets;
}

/** The official OLID test set as published (860 tweets), read straight from ../shared/data. */
function olidOfficial(): Row[] | undefined {
  const dir = resolve(ROOT, '../shared/data/tweeteval/offensive');
  if (!existsSync(resolve(dir, 'test_text.txt'))) return undefined;
  const texts = readFileSync(resolve(dir, 'test_text.txt'), 'utf8').split('\n');
  const labels = readFileSync(resolve(dir, 'test_labels.txt'), 'utf8').split('\n').filter((l) => l.trim());
  return labels.map((l, i) => ({ id: `olid-official.${i}`, text: texts[i], labels: { abusive: Number(l) } }));
}

const model = createModelScorer({ modelRoot: resolve(ROOT, 'models'), device: 'cpu', raw: calibrating, cacheSize: 50_000 });
const report: Record<string, unknown> = { date: new Date().toISOString(), mode: calibrating ? 'calibrate' : 'evaluate' };

if (calibrating) {
  // Per label, the threshold with the best F1 averaged over the validation sets that label it, each
  // set weighing the same: a big synthetic set must not pick the operating point for real tweets.
  const perSet: Record<string, { set: string; scores: number[]; labels: boolean[] }[]> = {};
  for (const [set, rows] of readSets('val')) {
    const raw = await model(rows.map((r) => r.text));
    const bucket: Record<string, { set: string; scores: number[]; labels: boolean[] }> = {};
    rows.forEach((row, i) => {
      for (const label of MODEL_LABELS) {
        const y = row.labels[label];
        if (y === null || y === undefined) continue;
        const b = (bucket[label] ??= { set, scores: [], labels: [] });
        b.scores.push(raw[i][label] ?? 0);
        b.labels.push(y >= 0.5);
      }
    });
    for (const [label, b] of Object.entries(bucket)) if (b.labels.some(Boolean) && b.labels.some((l) => !l)) (perSet[label] ??= []).push(b);
  }
  const thresholds: Record<string, number> = {};
  for (const label of MODEL_LABELS) {
    const sets = perSet[label] ?? [];
    const positives = sets.reduce((n, b) => n + b.labels.filter(Boolean).length, 0);
    if (positives < 50) {
      // Too little labelled evidence to place an operating point: the model alone must be sure.
      thresholds[label] = 0.9;
      console.log(`${label.padEnd(14)} ${positives} labelled positives in validation: operating point fixed at 0.9`);
      continue;
    }
    let best = { t: 0.5, f1: -1 };
    for (let t = 0.05; t < 0.96; t += 0.01) {
      const mean = sets.reduce((sum, b) => sum + f1(confusion(b.scores.map((x) => x >= t), b.labels)), 0) / sets.length;
      if (mean > best.f1) best = { t: Math.round(t * 100) / 100, f1: mean };
    }
    thresholds[label] = best.t;
    const detail = sets.map((b) => `${b.set} auc ${rocAuc(b.scores, b.labels).toFixed(3)} best ${bestF1Threshold(b.scores, b.labels).threshold}`).join('; ');
    console.log(`${label.padEnd(14)} operating point ${best.t} (mean F1 ${best.f1.toFixed(3)} over ${sets.length} sets) — ${detail}`);
  }
  console.log(JSON.stringify({ thresholds }));
  report.thresholds = thresholds;
  if (process.argv.includes('--write')) {
    const configPath = resolve(ROOT, 'models/ward-abuse/config.json');
    const config = JSON.parse(readFileSync(configPath, 'utf8')) as { ward?: Record<string, unknown> };
    config.ward = { ...config.ward, thresholds, thresholds_note: 'operating points per label, chosen by `npm run eval -- --calibrate --write` on the validation splits' };
    writeFileSync(configPath, JSON.stringify(config, null, 2) + '\n');
    console.log(`wrote thresholds into ${configPath}`);
  }
} else {
  const results: Record<string, unknown>[] = [];
  const official = olidOfficial();
  const groups: [string, Row[]][] = [...[...readSets('val')].map(([k, v]) => [`${k}/val`, v] as [string, Row[]]), ...[...readSets('test')].map(([k, v]) => [`${k}/test`, v] as [string, Row[]])];
  if (official) groups.push(['olid-official/test', official]);
  console.log('set                       n      AUC(abusive)  acc    F1     hidden%');
  for (const [name, rows] of groups) {
    const known = rows.filter((r) => r.labels.abusive !== null && r.labels.abusive !== undefined);
    if (!known.length) continue;
    const scored = await scoreTexts(known.map((r) => r.text), model);
    const truth = known.map((r) => (r.labels.abusive ?? 0) >= 0.5);
    const abusive = scored.map((s) => s.scores.abusive ?? 0);
    const hidden = scored.map((s, i) => decide(s, { text: known[i].text }).hidden);
    const c = confusion(hidden, truth);
    const row = { set: name, n: known.length, auc: rocAuc(abusive, truth), accuracy: accuracy(c), f1: f1(c), hiddenShare: hidden.filter(Boolean).length / known.length, ...c };
    results.push(row);
    console.log(`${name.padEnd(24)} ${String(row.n).padStart(5)}  ${row.auc.toFixed(4).padStart(12)}  ${row.accuracy.toFixed(3)}  ${row.f1.toFixed(3)}  ${(row.hiddenShare * 100).toFixed(1)}`);
  }
  report.results = results;
}
mkdirSync(resolve(ROOT, 'reports'), { recursive: true });
writeFileSync(resolve(ROOT, `reports/eval-classify${calibrating ? '-calibration' : ''}.json`), JSON.stringify(report, null, 2));
