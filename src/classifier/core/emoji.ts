import { PRESENTATION } from './emoji-presentation';
import names from './emoji-words.json';

/**
 * Emoji as words, for a model trained to read them (runtime/model-input.ts decides). The tokenizer
 * maps every emoji to one shared "unknown" piece, so abuse carried by emoji ("<group> are 🐀🐀",
 * "🔪 you", "🖕") is invisible to a model that never saw their names. The table (emoji-words.json,
 * built from emojilib by scripts/model/emoji-words.ts) is shared with scripts/model/normalise.py.
 */

const KEYCAP = '\u20E3';

interface Lookup {
  words: Map<string, string>;
  /** Longest emoji sequence in the table, in code points (ZWJ sequences such as 🏳️‍🌈). */
  longest: number;
  /** First characters of the table's emoji (keycaps such as 1️⃣ aside): the same test as normalise.py's. */
  first: Set<string>;
}

function buildLookup(words: Map<string, string>): Lookup {
  const keys = [...words.keys()];
  return {
    words,
    longest: Math.max(...keys.map((k) => [...k].length)),
    first: new Set(keys.filter((k) => !k.endsWith(KEYCAP)).map((k) => [...k][0])),
  };
}

// Built on first use: the classifier worker imports this module whichever model ships, and a model
// trained without emoji words never needs the table.
let lookup: Lookup | undefined;
function table(): Lookup {
  return (lookup ??= buildLookup(new Map(Object.entries((names as { words: Record<string, string> }).words))));
}

/**
 * The few emoji whose plain word is what they mean when aimed at someone, and is harmless where
 * they are used harmlessly: a model that never learnt any emoji already reads "rats", "knife" or
 * "clown". For the shipped model, which was trained with every emoji as one "unknown" piece; the
 * full table above needs a model trained on it (session 7: feeding it to this model hid harmless
 * posts, "raising hands fire" read as a threat). Left out on purpose: emoji whose plain word would
 * mislead (🍆 and 🍑 are food more often than not; 💀 and 😭 are laughter; 🔥 and 💣 are praise; 💩
 * is the weather or the wifi;
 * 🖕 at a Monday is not at a person).
 */
const PLAIN: Record<string, string> = {
  // animals that dehumanising posts call people
  '🐀': 'rats', '🐁': 'rats', '🐒': 'monkey', '🐵': 'monkey', '🦍': 'gorilla', '🐷': 'pig', '🐖': 'pig',
  '🐍': 'snake', '🪳': 'cockroach', '🐛': 'vermin', '🦠': 'disease',
  // weapons and death, the verbs of emoji threats
  '🔪': 'knife', '🗡️': 'knife', '🔫': 'gun', '🪓': 'axe', '⚰️': 'coffin', '🪦': 'grave', '🩸': 'blood',
  // insults and disgust
  '🤡': 'clown', '🤮': 'disgusting', '🤢': 'disgusting',
  // identity symbols that stand for a group
  '🏳️‍🌈': 'gay', '🏳️‍⚧️': 'trans', '✡️': 'jewish', '☪️': 'muslim', '🕌': 'mosque', '🕍': 'synagogue',
};
let plainLookup: Lookup | undefined;

/** Only the emoji in PLAIN become words; every other emoji stays as it is. */
export function plainEmoji(text: string): string {
  // Keys without variation selectors, as the text is looked up without them.
  plainLookup ??= buildLookup(new Map(Object.entries(PLAIN).map(([emoji, word]) => [emoji.replace(PRESENTATION, ''), word])));
  return describeWith(plainLookup, text);
}

/**
 * Replaces each emoji by its words, set off by spaces. A run of the same emoji ("😂😂😂", "🐀 🐀")
 * says it once: repetition is emphasis, and forty copies would crowd the text out of the model's
 * window. Text without emoji comes back unchanged.
 */
export function describeEmoji(text: string): string {
  return describeWith(table(), text);
}

function describeWith({ words, longest, first }: Lookup, text: string): string {
  if (!text.includes(KEYCAP) && ![...text].some((c) => first.has(c))) return text;
  const points = [...text.replace(PRESENTATION, '')];
  let out = '';
  let previous = '';
  for (let i = 0; i < points.length; ) {
    let matched = '';
    if (first.has(points[i]) || points[i + 1] === KEYCAP) {
      for (let n = Math.min(longest, points.length - i); n >= 1 && !matched; n--) {
        const candidate = points.slice(i, i + n).join('');
        if (words.has(candidate)) matched = candidate;
      }
    }
    if (matched) {
      if (matched !== previous) out += ` ${words.get(matched)} `;
      previous = matched;
      i += [...matched].length;
    } else {
      if (!/\s/u.test(points[i])) previous = '';
      out += points[i];
      i += 1;
    }
  }
  return out;
}
