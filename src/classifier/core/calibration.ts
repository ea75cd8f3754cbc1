import { MODEL_LABELS, type ModelLabel } from '../../shared/categories';
import { THRESHOLDS } from './decide';

/**
 * Maps the model's raw probabilities onto Ward's strictness scale. Each label has an operating
 * point, chosen on the validation splits (scripts/eval-classify.ts --calibrate) and shipped in the
 * model's config.json; a probability at the operating point becomes exactly the 'balanced'
 * threshold, so the strictness levels move around a point that was measured, per label.
 */
export type OperatingPoints = Partial<Record<ModelLabel, number>>;

export function calibrate(p: number, point: number | undefined): number {
  if (point === undefined || !(point > 0 && point < 1)) return p;
  const mid = THRESHOLDS.balanced;
  return p < point ? (p / point) * mid : mid + ((p - point) / (1 - point)) * (1 - mid);
}

export function calibrateAll(scores: Partial<Record<ModelLabel, number>>, points: OperatingPoints | undefined): Partial<Record<ModelLabel, number>> {
  if (!points) return scores;
  const out: Partial<Record<ModelLabel, number>> = {};
  for (const label of MODEL_LABELS) {
    const p = scores[label];
    if (typeof p === 'number') out[label] = calibrate(p, points[label]);
  }
  return out;
}
