import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';

/**
 * Slur and profanity lexicon. The words and their spelling variants come from the `obscenity`
 * library's English data set (maintained upstream, with its own leetspeak/confusable transformers
 * and a whitelist for innocent words like "assassin" or "Scunthorpe"). The only thing kept here is
 * which of the library's root words is a slur or sexual, because the library does not say.
 */
export type LexiconKind = 'slur' | 'sexual' | 'profanity';

const SLURS = new Set([
  'abeed', 'abo', 'africoon', 'arabush', 'boonga', 'chingchong', 'chink', 'dyke', 'fag', 'kike',
  'nigger', 'retard', 'spastic', 'tranny',
]);
const SEXUAL = new Set([
  'anal', 'bestiality', 'blowjob', 'boob', 'buttplug', 'cock', 'cum', 'deepthroat', 'dick', 'dildo',
  'doggystyle', 'double penetration', 'ejaculate', 'felch', 'fellatio', 'finger bang', 'fisting',
  'gangbang', 'handjob', 'hentai', 'incest', 'jerk off', 'jizz', 'lubejob', 'masturbate', 'orgasm',
  'orgy', 'penis', 'porn', 'pussy', 'rape', 'semen', 'sex', 'tit', 'vagina', 'wank',
]);

export interface LexiconHit {
  word: string;
  kind: LexiconKind;
  start: number;
  end: number;
}

// Innocent words the library's own whitelist misses (found by testing; "Made your soup with extra
// cumin" must not read as a sexual remark). Extends, never replaces, the upstream whitelist.
const EXTRA_WHITELIST = [
  'cumin', 'shiitake', 'shitake', 'cockpit', 'cockatoo', 'cockatiel', 'cockerel', 'cockle', 'pissarro',
  'shitzu', 'shih tzu', 'dickinson', 'penistone', 'cumbria',
];

let matcher: RegExpMatcher | undefined;
let maskable: string[] | undefined;

const COMMON_FIRST = ['fuck', 'shit', 'bitch', 'cunt', 'slut', 'whore', 'dick', 'pussy', 'retard', 'ass', 'bastard', 'piss', 'twat', 'cock', 'wank', 'prick'];
// Endings that masked words carry ("f*****g", "b*tches"): the library lists root words only.
const ENDINGS = ['', 's', 'es', 'ing', 'in', 'ed', 'er', 'ers', 'y', 'ty', 'head', 'face', 'hole'];

/**
 * Letters hidden behind asterisks ("sl*t", "c*nt", "f*****g"), filled from the library's words: a
 * masked token becomes the one swear word, with a common ending, that has a letter wherever the
 * token has a star and the same letters elsewhere. The same length, so hit positions stay true.
 * The library's own transformers do not undo masking. `applyRules` runs it once on the whole text,
 * before any rule (and so before `findLexiconHits`).
 */
export function unmask(text: string): string {
  if (!text.includes('*')) return text;
  // The commonest swear words first, with their endings, so "f*****g" is read as the word people
  // mean by it (not "fisting"); then the rest, bare words before words with endings ("r****d" is
  // "retard", not "rape" + "ed").
  maskable ??= (() => {
    const common = COMMON_FIRST;
    const rest = libraryWords().filter((w) => !w.includes(' ') && !common.includes(w));
    const withEndings = (roots: string[]) => [...roots, ...ENDINGS.slice(1).flatMap((e) => roots.map((w) => w + e))];
    return [...withEndings(common), ...withEndings(rest)];
  })();
  return text.replace(/\b[a-z][a-z*]*\*[a-z*]*/g, (token) => {
    const letters = token.replace(/\*/g, '').length;
    // Two letters and a trailing star ("as*", "se*") are a footnote as often as a word.
    if (letters < 2 || token.length < 3 || (/^[a-z]{1,2}\*+$/.test(token))) return token;
    const shape = new RegExp(`^${token.replace(/\*/g, '[a-z]')}$`);
    return maskable!.find((w) => w.length === token.length && shape.test(w)) ?? token;
  });
}

export function kindOf(word: string): LexiconKind {
  if (SLURS.has(word)) return 'slur';
  if (SEXUAL.has(word)) return 'sexual';
  return 'profanity';
}

export function findLexiconHits(text: string): LexiconHit[] {
  // Built on first use: compiling the data set costs a few ms that pages without text never pay.
  matcher ??= (() => {
    const built = englishDataset.build();
    return new RegExpMatcher({ ...built, whitelistedTerms: [...(built.whitelistedTerms ?? []), ...EXTRA_WHITELIST], ...englishRecommendedTransformers });
  })();
  const seen = new Set<string>();
  const hits: LexiconHit[] = [];
  for (const match of matcher.getAllMatches(text, true)) {
    const word = englishDataset.getPayloadWithPhraseMetadata(match).phraseMetadata?.originalWord;
    if (!word) continue;
    const key = `${word}@${match.startIndex}`;
    if (seen.has(key)) continue;
    seen.add(key);
    hits.push({ word, kind: kindOf(word), start: match.startIndex, end: match.endIndex + 1 });
  }
  return hits;
}

/** The words this file sorts into slur or sexual, for the test that keeps them in step with the library. */
export function categorisedWords(): string[] {
  return [...SLURS, ...SEXUAL];
}

/** Every root word the library knows, for the test that keeps the table above in step with it. */
export function libraryWords(): string[] {
  const words = new Set<string>();
  for (const phrase of englishDataset.build().blacklistedTerms) {
    const payload = englishDataset.getPayloadWithPhraseMetadata({ termId: phrase.id, startIndex: 0, endIndex: 0, matchLength: 0 });
    if (payload.phraseMetadata?.originalWord) words.add(payload.phraseMetadata.originalWord);
  }
  return [...words].sort();
}
