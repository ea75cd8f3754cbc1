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

// Built on first use: the classifier worker imports this module whichever model ships, and a model
// trained without emoji words never needs the table.
let lookup: Lookup | undefined;
function table(): Lookup {
  if (lookup) return lookup;
  const words = new Map(Object.entries((names as { words: Record<string, string> }).words));
  const keys = [...words.keys()];
  lookup = {
    words,
    longest: Math.max(...keys.map((k) => [...k].length)),
    first: new Set(keys.filter((k) => !k.endsWith(KEYCAP)).map((k) => [...k][0])),
  };
  return lookup;
}

/**
 * Replaces each emoji by its words, set off by spaces. A run of the same emoji ("😂😂😂", "🐀 🐀")
 * says it once: repetition is emphasis, and forty copies would crowd the text out of the model's
 * window. Text without emoji comes back unchanged.
 */
export function describeEmoji(text: string): string {
  const { words, longest, first } = table();
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
