import confusables from 'unhomoglyph/data.json';

/**
 * Text normalisation: the first stage of the classifier, shared by the rules and the model.
 * Abusers dodge filters with look-alike letters, invisible characters, leetspeak and spacing;
 * each step here undoes one trick, and each is kept separate so tests can pin it down.
 */

/**
 * Longest text we score. Longer comments are still archived whole; scoring keeps the head and the
 * tail, because a wall of filler with the threat at the very end is a known way around filters.
 */
export const MAX_SCORED_CHARS = 200_000;

export function cap(text: string): string {
  if (text.length <= MAX_SCORED_CHARS) return text;
  const half = MAX_SCORED_CHARS / 2;
  return `${text.slice(0, half)}\n${text.slice(-half)}`;
}

// Unicode's confusables table maps some ASCII to ASCII too ("m" -> "rn"), which would wreck plain
// English. We only ever fold NON-ASCII look-alikes onto ASCII letters and digits.
const FOLD = new Map<string, string>();
for (const [from, to] of Object.entries(confusables as Record<string, string>)) {
  if ([...from].length === 1 && from.codePointAt(0)! > 0x7f && /^[A-Za-z0-9]{1,2}$/.test(to)) FOLD.set(from, to);
}

// Format characters (zero-width space/joiners, bidi controls, soft hyphen) and variation selectors
// are invisible on screen and exist in abuse only to split words apart.
const INVISIBLE = /[\p{Cf}\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}\u034F\u115F\u1160\u3164\uFFA0]/gu;
const COMBINING = /\p{M}+/gu;

/** NFKC, invisible characters removed, non-ASCII look-alikes folded; white space left alone. */
function fold(text: string): string {
  const capped = cap(text);
  let folded = '';
  for (const ch of capped.normalize('NFKC').replace(INVISIBLE, '')) {
    folded += ch.codePointAt(0)! > 0x7f ? (FOLD.get(ch) ?? ch) : ch;
  }
  return folded;
}

const collapseSpace = (text: string) => text.replace(/\s+/g, ' ').trim();

// The training data (tweeteval) was anonymised this way, so the model expects it; it also keeps
// user names out of the model's input. Same patterns as scripts/model/normalise.py.
const URL_RE = /(?:https?:\/\/|www\.)\S+/gi;
const HANDLE_RE = /@[A-Za-z0-9_]+/g;

/**
 * Light normalisation: what the model sees, step for step what training applied
 * (scripts/model/normalise.py): NFKC, invisible characters removed, look-alikes folded, links and
 * @handles replaced, white space collapsed. Keeps case, digits and punctuation.
 */
export function normaliseForModel(text: string): string {
  return collapseSpace(fold(text).replace(URL_RE, 'http').replace(HANDLE_RE, '@user'));
}

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '@': 'a', $: 's', '!': 'i', '|': 'l', '+': 't', '€': 'e' };
const LEET_CLASS = '[0134578@$!|+€]';
// A token counts as leetspeak only when it mixes letters with look-alike symbols ("k1ll", "b!tch",
// "@ss"); pure numbers such as phone numbers and prices stay as they are.
// "@" never starts a token, so "@sam" stays a mention rather than becoming "asam".
const LEET_TOKEN = new RegExp(`(?:[a-z]|[0134578$!|+€])*[a-z](?:[a-z]|${LEET_CLASS})*`, 'g');
const HAS_LEET = new RegExp(LEET_CLASS);

// E-mail addresses and links keep their "@" and digits: the doxxing rules need them intact. So do
// times of day: "5am" is not leetspeak for "sam", and a routine's times place a person.
const ADDRESS_LIKE = /^[^@\s]+@[^@\s]+\.[a-z]{2,}|^(?:https?:|www\.)|^\(?\d{1,2}(?:[:.]\d\d)?(?:am|pm|h)\b/;

export function decodeLeet(text: string): string {
  return text.replace(/\S+/g, (chunk) =>
    ADDRESS_LIKE.test(chunk)
      ? chunk
      : chunk.replace(LEET_TOKEN, (token) => (HAS_LEET.test(token) ? [...token].map((c) => LEET[c] ?? c).join('') : token)),
  );
}

/** "k i l l", "k.i.l.l", "k-i-l-l" -> "kill": three or more single letters joined by one separator. */
export function joinSpacedLetters(text: string): string {
  return text.replace(/\b[a-z](?:[ .\-_*·][a-z]){2,}\b/g, (run) => run.replace(/[ .\-_*·]/g, ''));
}

/** Runs of one letter collapse to a single letter ("kiiilll" -> "kil"); rule patterns are squeezed alike. */
export function squeeze(text: string): string {
  return text.replace(/([a-z])\1+/g, '$1');
}

/**
 * Aggressive normalisation for the rule stage: lower case, accents stripped, leetspeak decoded,
 * spaced-out letters joined. Never shown to anyone and never fed to the model.
 */
export function normaliseForRules(text: string): string {
  const light = fold(text).toLowerCase().normalize('NFD').replace(COMBINING, '').normalize('NFC');
  // Letters are joined before white space is collapsed, so "k i l l  y o u" keeps its word gap.
  return collapseSpace(joinSpacedLetters(decodeLeet(light.replace(/[’‘`´]/g, "'"))));
}
