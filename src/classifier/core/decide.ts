import { MODEL_LABELS, type Category, type CategoryScores, type ModelLabel, type ShieldCategory } from '../../shared/categories';
import { DEFAULT_SETTINGS, type Settings, type Strictness } from '../../shared/settings';
import { normaliseForRules } from './normalise';
import type { RuleResult } from './rules';

/**
 * The one decision function: rule scores and model scores in, a verdict out. The extension and the
 * `classify` command both call it, so what is evaluated is what ships.
 */

/** Score a category must reach to hide, per strictness level. 'off' never hides. */
export const THRESHOLDS: Record<Exclude<Strictness, 'off'>, number> = { relaxed: 0.85, balanced: 0.6, strict: 0.4 };

/** Which label the reveal control names when several apply: the most urgent first. */
const PRIORITY: Category[] = ['threat', 'sextortion', 'doxxing', 'identity_hate', 'sexual', 'insult', 'abusive', 'profanity'];

export interface Decision {
  hidden: boolean;
  category?: ShieldCategory;
  labels: Category[];
  scores: CategoryScores;
  /** Why: rule names that fired, for the evidence record. */
  reasons: string[];
}

/** What the scoring stage hands over: scores, the rules that fired, and context signals. */
export interface Scored {
  scores: CategoryScores;
  reasons: string[];
  /** From the rule stage: swearing aimed at nobody, with no slur. */
  untargetedProfanity?: boolean;
}

export interface DecideContext {
  settings?: Settings;
  author?: string;
  /** Raw text, for muted words. */
  text?: string;
}

/** Merges rule and model scores: the higher wins, and `abusive` covers every hidden-worthy kind. */
export function combineScores(rules: RuleResult, model?: Partial<Record<ModelLabel, number>>): CategoryScores {
  const scores: CategoryScores = { ...rules.scores };
  // A denied hateful claim, or a violent word used figuratively, keeps the model's reading at half
  // strength: it still counts where the model is certain, but "X are not vermin" no longer reads as
  // calling X vermin, nor "this traffic will be the death of me" as a threat.
  // Contact details shared to help (lost pets, shops, "if you'd like the slides") are what the model,
  // taught doxxing by invented examples full of numbers, reads as abuse most confidently; the rule
  // stage has already ruled out a call to act, so the model keeps only 40 % of its reading. So does a
  // supportive statement about a group ("women deserve equal pay" read 0.99 identity hate and 0.90
  // threat): threats are hidden from 0.4, and half of 0.9 would still hide it.
  const discount = rules.signals.helpfulContact || rules.signals.supportsGroup ? 0.4 : rules.signals.negatedHate || rules.signals.figurative || rules.signals.condemnsQuote ? 0.5 : 1;
  // A short reply with no hostile word ("ok", "see you") gets the same 40 %: the model barely saw
  // texts that short, and read "ok" as a threat and "lmao" as an insult. Not its sexual reading,
  // which stayed below 0.14 on harmless replies and is what catches "show me more" or "dm me pics".
  const terse = (label: ModelLabel) => (rules.signals.terse && label !== 'sexual' ? 0.4 : 1);
  // Banter ("you're a fucking legend") halves what the model reads into the swearing (insult,
  // overall) but not identity hate, threats or sexual remarks, which warm words do not excuse:
  // "hey beautiful, send a pic" is flattery used to harass.
  const banter = (label: ModelLabel) => rules.signals.friendly && (label === 'abusive' || label === 'insult');
  for (const label of MODEL_LABELS) {
    const p = model?.[label];
    if (typeof p !== 'number' || !Number.isFinite(p)) continue;
    const factor = label === 'profanity' ? 1 : Math.min(banter(label) ? 0.5 : discount, terse(label));
    scores[label] = Math.max(scores[label] ?? 0, p * factor);
  }
  const severe = (['threat', 'sextortion', 'doxxing', 'identity_hate', 'insult'] as Category[]).map((c) => scores[c] ?? 0);
  // Sexual words alone (0.4 from the lexicon) are not abuse; directed sexual remarks (>= 0.8) are.
  const sexual = (scores.sexual ?? 0) >= 0.8 ? (scores.sexual ?? 0) : 0;
  scores.abusive = Math.max(scores.abusive ?? 0, sexual, ...severe);
  return scores;
}

export function thresholdFor(level: Strictness): number {
  if (level === 'off') return Infinity;
  return THRESHOLDS[level];
}

function mutedWordIn(text: string, muted: string[]): string | undefined {
  if (!muted.length) return undefined;
  const norm = normaliseForRules(text);
  return muted.find((w) => w && norm.includes(normaliseForRules(w)));
}

export function decide({ scores, reasons, untargetedProfanity }: Scored, ctx: DecideContext = {}): Decision {
  const settings = ctx.settings ?? DEFAULT_SETTINGS;
  const base = { scores, reasons };
  if (!settings.enabled) return { ...base, hidden: false, labels: [] };
  const author = ctx.author?.replace(/^@/, '').toLowerCase();
  if (author && settings.allowlist.includes(author)) return { ...base, hidden: false, labels: [], reasons: [...reasons, 'allowlisted-author'] };

  let labels = PRIORITY.filter((c) => (scores[c] ?? 0) >= thresholdFor(settings.strictness[c]));
  // The model learnt "offensive" from data sets that count any swearing as offensive, and its thin
  // sexual head reads "fuck" as sexual. When the only thing found is untargeted profanity, neither
  // the overall score nor the model's sexual score hides the comment: "that gig was f***ing great"
  // stays readable (unless the user hides profanity itself). A sexual rule hit still counts.
  const sexualByRule = reasons.some((r) => r.startsWith('sexual'));
  const swearingOnly = (c: Category) => c === 'abusive' || c === 'profanity' || (c === 'sexual' && !sexualByRule);
  if (untargetedProfanity && labels.length && labels.every(swearingOnly)) {
    labels = labels.filter((c) => c === 'profanity');
  }
  if (labels.length) return { ...base, hidden: true, category: labels[0], labels };

  const muted = ctx.text ? mutedWordIn(ctx.text, settings.mutedWords) : undefined;
  if (muted) return { ...base, hidden: true, category: 'muted', labels: [], reasons: [...reasons, 'muted-word'] };
  return { ...base, hidden: false, labels: [] };
}
