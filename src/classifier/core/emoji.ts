import { PRESENTATION } from './emoji-presentation';
import table from './emoji-words.json';

/**
 * Emoji as words, for a model trained to read them (runtime/model-input.ts decides). The tokenizer
 * maps every emoji to one shared "unknown" piece, so abuse carried by emoji ("<group> are 🐀🐀",
 * "🔪 you", "🖕") is invisible to a model that never saw their names. The table (emoji-words.json,
 * built from emojilib by scripts/model/emoji-words.ts) is shared with scripts/model/normalise.py.
 */

const WORDS = new Map(Object.entries((table as { words: Record<string, string> }).words));
/** Longest emoji sequence in the table, in code points (ZWJ sequences such as 🏳️‍🌈). */
const LONGEST = Math.max(...[...WORDS.keys()].map((k) => [...k].length));
const KEYCAP = '\u20E3';
/** First characters of the table's emoji (keycaps such as 1️⃣ aside): the same test as normalise.py's. */
const FIRST = new Set([...WORDS.keys()].filter((k) => !k.endsWith(KEYCAP)).map((k) => [...k][0]));

/**
 * Replaces each emoji by its words, set off by spaces. A run of the same emoji ("😂😂😂", "🐀 🐀")
 * says it once: repetition is emphasis, and forty copies would crowd the text out of the model's
 * window. Text without emoji comes back unchanged.
 */
export function describeEmoji(text: string): string {
  if (!text.includes(KEYCAP) && ![...text].some((c) => FIRST.has(c))) return text;
  const points = [...text.replace(PRESENTATION, '')];
  let out = '';
  let previous = '';
  for (let i = 0; i < points.length; ) {
    let matched = '';
    if (FIRST.has(points[i]) || points[i + 1] === KEYCAP) {
      for (let n = Math.min(LONGEST, points.length - i); n >= 1 && !matched; n--) {
        const candidate = points.slice(i, i + n).join('');
        if (WORDS.has(candidate)) matched = candidate;
      }
    }
    if (matched) {
      if (matched !== previous) out += ` ${WORDS.get(matched)} `;
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
