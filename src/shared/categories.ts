/**
 * The kinds of abuse Ward names on a hidden item. The first six are the classifier's output
 * labels (the `classify` contract); doxxing and sextortion come only from the rule stage and are
 * reported as labels, folded into `abusive` in the score map.
 */
export const MODEL_LABELS = ['abusive', 'insult', 'identity_hate', 'threat', 'sexual', 'profanity'] as const;
export type ModelLabel = (typeof MODEL_LABELS)[number];

export const CATEGORIES = ['threat', 'sextortion', 'doxxing', 'identity_hate', 'sexual', 'insult', 'profanity', 'abusive'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Scores in [0, 1] per category; a missing key means "no evidence". */
export type CategoryScores = Partial<Record<Category, number>>;

/** What the shield shows on the reveal control: plain words, no content. */
export const CATEGORY_NAMES: Record<Category, string> = {
  threat: 'Threat',
  sextortion: 'Sextortion',
  doxxing: 'Personal data (doxxing)',
  identity_hate: 'Identity hate',
  sexual: 'Sexual harassment',
  insult: 'Insult',
  profanity: 'Profanity',
  abusive: 'Abuse',
};

/** What a hidden item is labelled with: a category, or the user's own muted words. */
export type ShieldCategory = Category | 'muted';
export const SHIELD_NAMES: Record<ShieldCategory, string> = { ...CATEGORY_NAMES, muted: 'Muted word' };

export function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);
}
