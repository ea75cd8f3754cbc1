import config from '../../../models/ward-abuse/config.json';

/**
 * Whether the shipped model was trained with emoji turned into words (scripts/model/normalise.py,
 * WARD_EMOJI_WORDS=1). It must read text the way it was trained: a model that learnt every emoji as
 * one "unknown" piece reads "skull", "fire" or "pile of poo" as abuse (session 7, models/README.md).
 * The export writes the flag into config.json, so it travels with the weights.
 */
export const MODEL_READS_EMOJI = (config as { ward?: { emoji_words?: boolean } }).ward?.emoji_words === true;
