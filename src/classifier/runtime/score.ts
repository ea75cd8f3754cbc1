import type { CategoryScores, ModelLabel } from '../../shared/categories';
import { combineScores } from '../core/decide';
import { describeEmoji } from '../core/emoji';
import { cap, normaliseForModel, normaliseForRules, squeeze } from '../core/normalise';
import { MENTIONS_GROUP } from '../core/phrases/identity';
import { withoutQuotes, withoutReported } from '../core/patterns';
import { applyRules } from '../core/rules';
import { isHostileWord, repairSpelling } from '../core/spelling';
import { MODEL_READS_EMOJI } from './model-input';

/** Model probabilities per label, one object per text, in input order. */
export type ModelScores = Partial<Record<ModelLabel, number>>;
/** Anything that scores normalised texts with a model: the transformers.js pipeline, or nothing. */
export type ModelScorer = (normalisedTexts: string[]) => Promise<ModelScores[]>;

export interface ScoredText {
  scores: CategoryScores;
  reasons: string[];
  untargetedProfanity: boolean;
}

/**
 * The text as the shipped model was trained to read it. Emoji become words only for a model trained
 * that way (model-input.ts), and before normalisation, while zero-width joiners still hold sequences
 * such as 🏳️‍🌈 together; capped first, since names are longer than the emoji they replace.
 */
export function forModel(text: string): string {
  // Obfuscated words repaired ("scik" -> "sick", "h 4 t e" -> "hate"): the model learnt words, not
  // their disguises. Clean English passes through unchanged.
  return repairSpelling(normaliseForModel(MODEL_READS_EMOJI ? describeEmoji(cap(text)) : text));
}

/**
 * Whether a clause makes a hostile claim about a protected group: a group named and a hostile
 * word, dehumanising nouns included (the rule patterns read normalised text). "gay people are normal" is no such claim.
 */
const aboutGroup = (clause: string): boolean => {
  const read = normaliseForRules(clause);
  return MENTIONS_GROUP.test(squeeze(read)) && (read.match(/[a-z]+/g) ?? []).some(isHostileWord);
};

/**
 * Scores a batch: rules on every text, the model (when there is one) on the non-empty ones.
 * Identical texts are scored once, because mobs paste the same message hundreds of times.
 */
export async function scoreTexts(texts: string[], model?: ModelScorer): Promise<ScoredText[]> {
  const rules = texts.map((t) => applyRules(typeof t === 'string' ? t : ''));
  // Counter-speech is judged on the author's own words: the model reads it with the quotation
  // out, and without the words a victim reports being called ("got called a …").
  const modelInput = texts.map((t, i) => {
    const normalised = withoutReported(forModel(typeof t === 'string' ? t : ''), aboutGroup);
    return rules[i].signals.counterSpeech ? withoutQuotes(normalised) : normalised;
  });
  const unique = [...new Set(modelInput.filter(Boolean))];
  const modelScores = new Map<string, ModelScores>();
  if (model && unique.length) {
    const out = await model(unique);
    unique.forEach((t, i) => modelScores.set(t, out[i] ?? {}));
  }
  return texts.map((_, i) => ({
    scores: combineScores(rules[i], modelScores.get(modelInput[i])),
    reasons: [...rules[i].hits.map((h) => h.rule), ...(rules[i].signals.counterSpeech ? ['counter-speech'] : [])],
    untargetedProfanity: rules[i].signals.untargetedProfanity,
  }));
}
