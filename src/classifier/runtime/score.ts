import type { CategoryScores, ModelLabel } from '../../shared/categories';
import { combineScores } from '../core/decide';
import { normaliseForModel } from '../core/normalise';
import { applyRules } from '../core/rules';

/** Model probabilities per label, one object per text, in input order. */
export type ModelScores = Partial<Record<ModelLabel, number>>;
/** Anything that scores normalised texts with a model: the transformers.js pipeline, or nothing. */
export type ModelScorer = (normalisedTexts: string[]) => Promise<ModelScores[]>;

export interface ScoredText {
  scores: CategoryScores;
  reasons: string[];
}

/**
 * Scores a batch: rules on every text, the model (when there is one) on the non-empty ones.
 * Identical texts are scored once, because mobs paste the same message hundreds of times.
 */
export async function scoreTexts(texts: string[], model?: ModelScorer): Promise<ScoredText[]> {
  const normalised = texts.map((t) => normaliseForModel(typeof t === 'string' ? t : ''));
  const unique = [...new Set(normalised.filter(Boolean))];
  const modelScores = new Map<string, ModelScores>();
  if (model && unique.length) {
    const out = await model(unique);
    unique.forEach((t, i) => modelScores.set(t, out[i] ?? {}));
  }
  return texts.map((raw, i) => {
    const rules = applyRules(typeof raw === 'string' ? raw : '');
    return {
      scores: combineScores(rules, modelScores.get(normalised[i])),
      reasons: rules.hits.map((h) => h.rule),
    };
  });
}
