/**
 * What a few emoji mean when they are aimed at people, as words for the rule stage only. The model
 * reads every emoji as one shared "unknown" piece (emoji.ts explains why), so "<group> are 🐀🐀"
 * and "<group> are 👑" look the same to it: a group, "are", something unknown. It hid both. The
 * rules can tell them apart once the emoji are words: vermin emoji reach the dehumanising rule, a
 * crown or flexed arm reaches the supportive-statement signal.
 *
 * Deliberately short: only emoji whose meaning at a person is stable, and animals only where a
 * name for someone stands ("the girls are feeding the 🐷🐷" is a farm). Not 🔥 (lit, or arson),
 * 💀 (laughing), 🖕 and 💩 (as often at Mondays and printers), weapons (cooking, paintball), 🤮
 * (which would read as condemnation of a sneer-quoted word), 🍑 and 🍆 (read by their own rules in
 * phrases/harassment.ts). Nouns are plural, as hateful claims about groups are ("are rats").
 */
const MEANING: Record<string, string> = {
  // vermin, animals and filth put on people
  '🐀': 'rats', '🐁': 'rats', '🐍': 'snakes', '🐷': 'pigs', '🐖': 'pigs', '🐽': 'pigs', '🐒': 'apes', '🐵': 'apes', '🦍': 'apes',
  '🦧': 'apes', '🦠': 'a virus', '🪳': 'cockroaches', '🐛': 'vermin', '🤡': 'clowns', '🗑': 'trash', '🚮': 'trash',
  // praise, love and support: one marker word that only the supportive-statement signal reads, not
  // the friendly-banter one ("these hoes ain't shit 💯" is not warm). Not 💯 or 👏, which mean
  // "agreed" as often as "well done" ("X are terrorists 💯").
  '👑': 'praise', '💪': 'praise', '❤': 'praise', '💖': 'praise', '💕': 'praise', '💗': 'praise', '💜': 'praise', '💙': 'praise',
  '💚': 'praise', '💛': 'praise', '🧡': 'praise', '🤍': 'praise', '✨': 'praise', '🥰': 'praise', '😍': 'praise', '🫶': 'praise',
  // identity symbols standing for a group
  '🏳️‍🌈': 'gay', '🏳‍🌈': 'gay', '🏳️‍⚧️': 'trans', '🏳‍⚧': 'trans', '✡': 'jewish', '☪': 'muslim',
};
/** Words that put an animal on people only where a name for someone stands: "are 🐀", "you 🐍", "this 🐖". */
const AIMED = /(?:\b(?:are|is|r|be|like|of|you|u|ur|these|those|this|that|such|dirty|filthy|stupid|fat|ugly)|=)\s*$/i;
const ANIMAL = new Set(['rats', 'snakes', 'pigs', 'apes', 'a virus', 'cockroaches', 'vermin', 'clowns', 'trash']);

// Longest first, so the flag sequences win over their parts; a variation selector may follow.
const ALTERNATIVES = Object.keys(MEANING)
  .sort((a, b) => b.length - a.length)
  .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');
const RUN = new RegExp(`(${ALTERNATIVES})\\uFE0F?(?:\\s*\\1\\uFE0F?)+`, 'gu');
const EMOJI = new RegExp(`(${ALTERNATIVES})\\uFE0F?`, 'gu');
const PICTOGRAPH = /\p{Extended_Pictographic}/u;

/**
 * The text with those emoji as words, set off by spaces; a run of the same one is said once
 * ("🐀🐀🐀" -> "rats"). Everything else, other emoji included, is left as it is.
 */
export function emojiAsWords(text: string): string {
  if (!PICTOGRAPH.test(text)) return text;
  return text
    .replace(RUN, '$1')
    .replace(EMOJI, (emoji: string, key: string, at: number, whole: string) =>
      ANIMAL.has(MEANING[key]) && !AIMED.test(whole.slice(Math.max(0, at - 24), at)) ? emoji : ` ${MEANING[key]} `,
    );
}
