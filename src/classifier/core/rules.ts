import type { Category, CategoryScores } from '../../shared/categories';
import { emojiAsWords } from './emoji-meaning';
import { findLexiconHits, unmask } from './lexicon';
import { normaliseForModel, normaliseForRules, squeeze } from './normalise';
import { CONDEMNATION, COUNTER_SPEECH, ENDORSED, FIGURATIVE, NEGATED_HATE, hasQuote, insideQuotes, negatedAt, rx, withoutQuotes } from './patterns';
import { CALL_TO_ACT, CONTACT, CROWD_CALL, GENERIC_OWNER, HELPFUL_CONTACT, KIND_INTENT, MENACING_KINDNESS, OWN_CONTACT, ROUTINE_RX, THIRD_PERSON, VEHICLE_OR_DOOR_RX, WHEREABOUTS } from './phrases/doxxing';
import { DIRECTED_AFTER, DIRECTED_BEFORE, DIRECTED_INSULT, INSULT_WORDS, INTENSIFIER, SHORT_DISMISSAL, NAMED_BEFORE, PERSON_SWEAR, SECOND_PERSON, SEXUAL_HARASSMENT } from './phrases/harassment';
import { DEHUMANISED_GROUP, DENIED_HUMANITY, EMBEDDED_CLAIM, GROUP_WORDS, MENTIONS_GROUP, REJECTED_GROUP, REJECTION_DENIED } from './phrases/identity';
import { CONDITION, DEMAND, LEAK, MEDIA, NEGATED_DEMAND } from './phrases/sextortion';
import { THREATS } from './phrases/threat';
import { isHostileWord, isKnownWord, repairSpelling } from './spelling';
import { deniesNegativeClaim, denialStandsAlone } from './negated-claims';
import { supportsGroup } from './phrases/support';
import { BANTER_SWEARS, HOSTILE, WARMTH } from './phrases/warmth';

/**
 * The rule stage: what rules catch reliably, with high precision (threats, doxxing, sextortion,
 * sexual remarks and insults aimed at the reader, slurs and swear words). The phrase lists live in
 * phrases/; this file holds the logic. Everything softer (dehumanising language, sarcasm, insults in
 * new words) is left to the model. A rule hit quoted or reported as counter-speech scores low
 * instead of vanishing, so a strict user can still hide it.
 */
export interface RuleHit {
  category: Category;
  rule: string;
  score: number;
}

export interface RuleResult {
  scores: CategoryScores;
  hits: RuleHit[];
  /** Context the decision needs beyond scores. */
  signals: {
    /** Quotes abuse to condemn or report it: the author's own words are what count. */
    counterSpeech: boolean;
    /** Swear words, none aimed at anyone and no slur: profanity, not abuse. */
    untargetedProfanity: boolean;
    /** Denies a hateful claim rather than making it. */
    negatedHate: boolean;
    /** Uses violent words figuratively ("the death of me", "killed it on stage"). */
    figurative: boolean;
    /** Warm words, nothing hostile, and at most mild swearing: banter ("congrats you cheeky bastard"). */
    friendly: boolean;
    /** Contact details shared to help, with no rule hit ("lost cat, call 555-0133 if you see her"). */
    helpfulContact: boolean;
    /** Quotes abuse and condemns it in the author's own words, with no direct rule hit of its own. */
    condemnsQuote: boolean;
    /** A supportive or neutral statement about a group, with no negation, hostile word or turn (phrases/support.ts). */
    supportsGroup: boolean;
    /** A short reply ("ok", "see you", "lmao") with no hostile word, no rule hit and no emoji. */
    terse: boolean;
  };
}

const DIRECT = 0.95;
const REPORTED = 0.35;

function wordAt(text: string, start: number, end: number): { word: string; from: number; to: number } {
  let from = start;
  let to = end;
  while (from > 0 && /[a-z']/.test(text[from - 1])) from--;
  while (to < text.length && /[a-z']/.test(text[to])) to++;
  return { word: text.slice(from, to), from, to };
}

function add(result: RuleResult, category: Category, rule: string, score: number): void {
  result.hits.push({ category, rule, score });
  result.scores[category] = Math.max(result.scores[category] ?? 0, score);
}

function threatRules(text: string, result: RuleResult, reported: boolean): void {
  for (const [rule, pattern] of THREATS) {
    const m = pattern.exec(text);
    // A menace phrase may hold its own negation ("you won't see it coming"): only a negation before
    // it counts there.
    if (!m || negatedAt(text, m.index, rule === 'menace' ? '' : m[0])) continue;
    const quoted = reported || insideQuotes(text, m.index, m.index + m[0].length);
    add(result, 'threat', rule, quoted ? REPORTED : rule === 'group-extermination' ? 0.8 : DIRECT);
    if (rule === 'group-extermination' && !quoted) add(result, 'identity_hate', rule, 0.7);
  }
}

type Rule = (text: string, result: RuleResult) => void;

/**
 * Runs a rule that has no notion of quotation. In counter-speech ("PSA: someone is sending 'pay or
 * your pics go public', report it") its hits count as reported speech, unless the author's own
 * words, with the quotations removed, match too.
 */
function authorsOwn(rule: Rule, text: string, result: RuleResult): void {
  const from = result.hits.length;
  rule(text, result);
  if (result.hits.length === from || !result.signals.counterSpeech) return;
  const own: RuleResult = { scores: {}, hits: [], signals: { ...result.signals } };
  rule(withoutQuotes(text), own);
  if (own.hits.length) return;
  const demoted = result.hits.splice(from);
  result.scores = {};
  for (const h of result.hits) result.scores[h.category] = Math.max(result.scores[h.category] ?? 0, h.score);
  for (const h of demoted) add(result, h.category, h.rule, REPORTED);
}

/** A phone number, an email address or a street address. */
function hasContactDetail(text: string): boolean {
  const phone = [...text.matchAll(CONTACT.phone)].some((m) => m[0].replace(/\D/g, '').length >= 7);
  return phone || CONTACT.email.test(text) || CONTACT.address.test(text);
}

/** The author's own contact, or a crowd invited to be kind (and not sarcastically). */
function sharedKindly(text: string): boolean {
  return OWN_CONTACT.test(text) || (KIND_INTENT.test(text) && !MENACING_KINDNESS.test(text));
}

const GENERIC_OWNER_ALL = new RegExp(GENERIC_OWNER.source, 'g');

function doxxingRules(raw: string, result: RuleResult): void {
  if (sharedKindly(raw)) return;
  // Other people's details in general are no location; any other evidence in the text still counts.
  const text = hasContactDetail(raw) ? raw : raw.replace(GENERIC_OWNER_ALL, ' ');
  const located = hasContactDetail(text) || CONTACT.lives.test(text) || WHEREABOUTS.test(text);
  if (!located) return;
  if (CALL_TO_ACT.test(text)) add(result, 'doxxing', 'contact-with-call-to-act', DIRECT);
  // A plate or a door code points at one person even when the post names no one.
  else if ((THIRD_PERSON.test(text) || VEHICLE_OR_DOOR_RX.test(text) || ROUTINE_RX.test(text)) && CROWD_CALL.test(text)) add(result, 'doxxing', 'whereabouts-with-crowd-call', 0.9);
}

function sextortionRules(raw: string, result: RuleResult): void {
  if (!MEDIA.test(raw)) return;
  // "don't pay, screenshot it" is advice to a victim, not a demand
  const text = raw.replace(NEGATED_DEMAND, '');
  const leak = LEAK.test(text);
  const demand = DEMAND.test(text);
  const condition = CONDITION.test(text);
  if ((leak && (demand || condition)) || (demand && condition && /\b(?:your|ur|you)\b/.test(text))) {
    add(result, 'sextortion', 'media-with-leak-or-demand', DIRECT);
  }
}

function sexualHarassmentRules(text: string, result: RuleResult, reported: boolean): void {
  const m = SEXUAL_HARASSMENT.exec(text);
  if (m && !negatedAt(text, m.index, m[0])) add(result, 'sexual', 'sexual-remark-at-reader', reported ? REPORTED : 0.85);
}

function identityRules(text: string, result: RuleResult, reported: boolean): void {
  const claim = (rule: string, m: RegExpExecArray) => {
    // "people who say X are …", "the idea that X are …": someone else's claim, reported.
    // "… you're right" after it makes the claim the author's again.
    const end = m.index + m[0].length;
    const embedded = EMBEDDED_CLAIM.test(text.slice(Math.max(0, m.index - 40), m.index)) && !ENDORSED.test(text.slice(end, end + 60));
    const quoted = reported || embedded || insideQuotes(text, m.index, m.index + m[0].length);
    add(result, 'identity_hate', rule, quoted ? REPORTED : 0.85);
  };
  // Here the negation is the claim, so no negation check.
  const denied = DENIED_HUMANITY.exec(text);
  if (denied) return claim('denied-humanity', denied);
  const m = DEHUMANISED_GROUP.exec(text);
  // A denial ("it's a lie that X are …") is left to the negated-hate discount.
  if (m && !negatedAt(text, m.index, m[0]) && !NEGATED_HATE.test(text)) claim('dehumanised-group', m);
  // Here too the negation is the claim ("I don't respect X").
  const rejected = REJECTED_GROUP.exec(text);
  if (rejected && !REJECTION_DENIED.test(text.slice(Math.max(0, rejected.index - 60), rejected.index))) claim('rejected-group', rejected);
}

function insultRules(text: string, result: RuleResult, reported: boolean): void {
  const m = DIRECTED_INSULT.exec(text);
  if (!m || negatedAt(text, m.index, m[0])) return;
  const quoted = reported || insideQuotes(text, m.index, m.index + m[0].length);
  add(result, 'insult', 'insult-at-reader', quoted ? REPORTED : 0.85);
}

/** "fuck off" squeezes to "fuck of", so "proud as fuck of my sister" is told apart before squeezing. */
function directedAfter(slice: string): boolean {
  return DIRECTED_AFTER.test(squeeze(slice)) && !/^\S+\s+of\b/.test(slice);
}

// ("did you see that bitch" names someone else: no determiner that points away from the reader)
// (nor "if you see a twat in a BMW", "do you know any bitches": after "you", a verb or "a/any" starts
// a question or a story, not an insult)
const YOU_THEN = rx(
  String.raw`(?:\b(?:you're|youre|you are|ur|u r)|\b(?:you|u|ya|yu)(?= (?!(?:see|saw|seen|know|knew|notice|noticed|ever|meet|met|find|found|like|love|hate|call|called|think|mean|get|got|have|had|want|need|tell|told|ask|asked|hear|heard|watch|follow|and|or|with|to|at|for|as|if|when|a|an|any|what|all|guys|lot)\b)))(?: (?!(?:that|this|the|his|her|their|my|our|some|those|these)\b)[a-z'-]+){0,2} $`,
);

/**
 * Runs on the text before letters are squeezed: the lexicon library collapses repeated letters
 * itself, and squeezed text loses real double letters ("ass" -> "as"). The context patterns are
 * squeezed, so the slices they test are squeezed too.
 */
function lexiconRules(text: string, result: RuleResult, reported: boolean, warm: boolean): { namesSomeone: boolean } {
  let namesSomeone = false;
  // At most 200 hits: each one's quotation check scans the text, and a page can paste 40,000 swear
  // words into one comment; 200 decide the verdict as well as 40,000 do.
  for (const found of findLexiconHits(text).slice(0, 200)) {
    const { word, from, to } = wordAt(text, found.start, found.end);
    // The library files "dickhead" under "dick", a sexual word; it is an insult, not a sexual remark.
    const hit = found.kind === 'sexual' && /^dickheads?$/.test(squeeze(word)) ? { ...found, word: 'dickhead', kind: 'profanity' as const } : found;
    // In a warm message, mild swearing at the reader is banter ("love you, you dickhead"): it
    // neither insults the reader nor names someone.
    const banter = warm && hit.kind === 'profanity' && BANTER_SWEARS.has(hit.word);
    const quoted = reported || insideQuotes(text, from, to);
    const directed =
      !banter &&
      !INTENSIFIER.test(squeeze(word)) &&
      (DIRECTED_BEFORE.test(squeeze(text.slice(Math.max(0, from - 60), from))) ||
        directedAfter(text.slice(from, to + 14)) ||
        // a word that names a person, after "you" and up to two words of any kind: "you thick cunt"
        (PERSON_SWEAR.test(squeeze(word)) && YOU_THEN.test(squeeze(text.slice(Math.max(0, from - 40), from)))));
    if (hit.kind === 'slur') {
      add(result, 'identity_hate', `slur:${hit.word}`, quoted ? REPORTED : 0.9);
    } else if (hit.kind === 'sexual') {
      // Sexual words alone are common in health, news and jokes; aimed at the reader they harass.
      add(result, 'sexual', `sexual:${hit.word}`, quoted ? REPORTED : directed || SECOND_PERSON.test(text) ? 0.8 : 0.4);
    } else {
      add(result, 'profanity', `profanity:${hit.word}`, 0.9);
    }
    if (directed && !quoted && hit.kind !== 'sexual') add(result, 'insult', `directed:${hit.word}`, 0.85);
    // "what an asshole", "that bitch": a name for someone, if not the reader; not untargeted
    // swearing, so the model judges it.
    else if (!quoted && !banter && hit.kind === 'profanity' && PERSON_SWEAR.test(squeeze(word)) && NAMED_BEFORE.test(squeeze(text.slice(Math.max(0, from - 30), from)))) {
      namesSomeone = true;
    }
  }
  return { namesSomeone };
}

// Pictographs carry meaning the word count misses ("🖕", "🔪🔪"); such replies are not terse.
const PICTOGRAPH = /\p{Extended_Pictographic}/u;

// "You" in a short reply is harmless only in these company: "thank you", "see you soon", "you too".
// Anything else aimed at the reader ("nobody likes you", "screw you") is left to the model.
const BEFORE_YOU_HARMLESS = new Set(['thank', 'thanks', 'see', 'love', 'miss', 'bless', 'to', 'with', 'and', 'hear', 'got', 'ty', 'are', 'did', 'do', 'have', 'can', 'will']);
const AFTER_YOU_HARMLESS = new Set(['too', 'all', 'guys', 'again', 'there', 'both', 'soon', 'later', 'tomorrow', 'tonight', 'ok', 'okay']);

const CHAT = new Set([
  'lol', 'lmao', 'lmfao', 'rofl', 'smh', 'ikr', 'brb', 'idk', 'imo', 'imho', 'tbh', 'ngl', 'fr', 'omg', 'omfg', 'btw', 'ty', 'thx', 'tysm',
  'np', 'gg', 'gn', 'gm', 'afk', 'irl', 'fyi', 'nvm', 'ily', 'hbu', 'wbu', 'wyd', 'jk', 'xd', 'xo', 'xoxo', 'ttyl', 'bff', 'yw', 'pls',
  'plz', 'kk', 'lmk', 'ofc', 'rn', 'tho', 'ya', 'yay', 'yass', 'yasss', 'haha', 'hahaha', 'hehe', 'lolol', 'ok', 'k', 'omw', 'hbd',
]);
const GROUP_NAMES = new Set(GROUP_WORDS.filter((w) => w !== 'people'));

/**
 * A reply of at most three words, none of them hostile, an insult or a group's name, none of them
 * an unknown long word, and not aimed at the reader: "ok", "see you", "lmao", "hi". The model saw
 * few texts this short and reads many of them as abuse ("ok" 0.79 threat, "see you" 1.0 threat,
 * "lmao" 0.96 insult), so the decision discounts its reading, as for a denied claim. White space
 * decides the count on the raw text, so "y.o.u s.t.u.p.i.d c.o.w" is three words; an unknown long
 * word ("Weshouldgetridofthem") is obfuscation, not a short reply.
 */
function isTerse(raw: string, text: string): boolean {
  const chunks = raw.trim().split(/\s+/).filter((c) => c && !/^@\w+$|^https?:/.test(c));
  if (!chunks.length || chunks.length > 3 || chunks.join('').length > 24 || PICTOGRAPH.test(raw) || SHORT_DISMISSAL.test(text)) return false;
  // Words as written, with only the repairs that give a word ("tomorrow!" is not leetspeak for
  // "tomorrowi", as the rules' own normalisation reads it).
  // Folded first (full-width and look-alike letters), handles and links out.
  const words = (repairSpelling(normaliseForModel(raw)).toLowerCase().match(/[a-z0-9][a-z0-9'-]*/g) ?? []).filter((w) => w !== 'user' && w !== 'http');
  if (!words.length) return false;
  const loaded = (w: string) => isHostileWord(w) || INSULT_WORDS.has(w) || INSULT_WORDS.has(w.replace(/s$/, '')) || GROUP_NAMES.has(w);
  // Unknown words are coded or disguised ("groid", "diaf"), except the abbreviations of chat.
  const strange = (w: string) => !/^\d+$/.test(w) && !CHAT.has(w) && !isKnownWord(w.replace(/'.*$/, ''));
  const aimed = words.some((w, i) => {
    if (!/^(?:you|u|ur|your|you're|youre|ya|yourself|urself)$/.test(w)) return false;
    const before = words[i - 1];
    const after = words[i + 1];
    if (after !== undefined) return !AFTER_YOU_HARMLESS.has(after) && !(before !== undefined && BEFORE_YOU_HARMLESS.has(before) && w === 'you');
    return before !== undefined && !BEFORE_YOU_HARMLESS.has(before);
  });
  return !words.some((w) => loaded(w) || strange(w)) && !aimed;
}

/** Runs every rule on one text. Pure and synchronous, so it is cheap to test and to run anywhere. */
export function applyRules(raw: string): RuleResult {
  const result: RuleResult = { scores: {}, hits: [], signals: { counterSpeech: false, untargetedProfanity: false, negatedHate: false, figurative: false, friendly: false, helpfulContact: false, condemnsQuote: false, supportsGroup: false, terse: false } };
  // Misspelt words repaired ("scik") and masked swear words ("sl*t") filled in first, so every rule
  // reads the word that was meant.
  // Emoji aimed at people read as words ("are 🐀🐀" -> "are rats"); misspellings repaired before
  // lower-casing, so a capitalised name inside a sentence is still seen as one.
  const loose = unmask(normaliseForRules(repairSpelling(emojiAsWords(raw))));
  const text = squeeze(loose);
  if (!text) return result;
  const reported = COUNTER_SPEECH.test(text);
  result.signals.counterSpeech = hasQuote(text) && (reported || CONDEMNATION.test(text));
  threatRules(text, result, reported);
  authorsOwn(doxxingRules, text, result);
  authorsOwn(sextortionRules, text, result);
  authorsOwn((t, r) => sexualHarassmentRules(t, r, reported), text, result);
  identityRules(text, result, reported);
  insultRules(text, result, reported);
  const warm = !reported && !result.hits.length && WARMTH.test(text) && !HOSTILE.test(text) && !MENTIONS_GROUP.test(text);
  const { namesSomeone } = lexiconRules(loose, result, reported, warm);
  // A denial or a figure of speech does not excuse a direct rule hit next to it.
  const directHit = result.hits.some((h) => h.score >= 0.8 && h.category !== 'profanity');
  // One denial appended to an attack must not discount the attack: the denial's sentence has to be
  // the only one that says anything negative.
  result.signals.negatedHate = (denialStandsAlone(loose, (sentence) => NEGATED_HATE.test(squeeze(sentence))) || deniesNegativeClaim(loose)) && !directHit;
  // "killed it" next to a sexual word or a slur is not about a gig.
  const crude = result.hits.some((h) => h.rule.startsWith('sexual:') || h.rule.startsWith('slur:'));
  result.signals.figurative = FIGURATIVE.test(text) && !directHit && !crude;
  result.signals.friendly = warm && result.hits.every((h) => h.category === 'profanity');
  // The condemning words themselves ("disgusting", "shame on", "log off") read as abusive to the
  // model once the quotation is gone; a quoted retweet ("RT @user: …") is not condemnation.
  result.signals.condemnsQuote =
    result.signals.counterSpeech && !/^rt\b/.test(text) && CONDEMNATION.test(withoutQuotes(text)) && !result.hits.some((h) => h.score >= 0.8);
  result.signals.supportsGroup = !result.hits.some((h) => h.category !== 'profanity') && supportsGroup(text);
  result.signals.helpfulContact =
    !result.hits.length && hasContactDetail(text) && (sharedKindly(text) || HELPFUL_CONTACT.test(text));
  result.signals.terse = isTerse(raw, text) && !result.hits.length;
  result.signals.untargetedProfanity =
    !namesSomeone && result.hits.some((h) => h.category === 'profanity') && !result.hits.some((h) => h.rule.startsWith('directed:') || h.rule.startsWith('slur:'));
  return result;
}
