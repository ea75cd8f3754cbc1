import { NEGATION, rx } from '../patterns';
import { HOSTILE } from './warmth';

/**
 * Supportive or neutral statements about a group: "trans rights are human rights", "women deserve
 * equal pay", "gay couples should be allowed to adopt", "I'm a gay man". The model learnt identity
 * hate from data where such topic words sit mostly in hateful posts, and reads these at 0.9-1.0
 * (session 8: it hid 33 of 100 supportive statements in a blind set, test/functional/README.md).
 * The decision keeps 40 % of the model's reading for a statement that matches here, as for helpful
 * contact details (decide.ts). Hateful twins of the same frames are kept out by the guards
 * in `supportsGroup`: any negation ("X don't deserve rights", "lives don't matter"), any hostile
 * word, and a turn ("… but they should keep it private").
 */
const GROUP_WORD = String.raw`(?:wom[ae]n|men|girls|boys|trans(?:gender)?|gays?|lesbians?|bi(?:sexual)?s?|queer|lgbt\w*|non-?binary|black|brown|white|asians?|latin[oax]s?|latinx|hispanics?|indigenous|native|muslims?|jew(?:ish|s)?|christians?|hindus?|sikhs?|buddhists?|atheists?|immigrants?|migrants?|refugees?|asylum seekers?|disabled|deaf|blind|autistic|neurodivergent|elderly|old(?:er)? people|seniors|mexicans?|indians?|arabs?|africans?|polish|poles|roma|romani|nigerians?|pakistanis?|chinese|koreans?|japanese|filipin[oa]s?|somalis?|syrians?|ukrainians?|people of colou?r|poc|wheelchair users?)`;

const SUPPORTIVE = rx(
  [
    String.raw`\brights are human rights\b|\btrans (?:wom[ae]n|men) are (?:wom[ae]n|men)\b`,
    String.raw`\bbelongs? (?:in|on) (?:science|stem|politics|tech|sports?|leadership|government|office|parliament|congress|every (?:\w+ )?(?:room|field|space|team))\b|\bbelongs? (?:here|everywhere|wherever)\b`,
    String.raw`\blives? matters?\b`,
    String.raw`\bdeserves? (?:the same|equal|respect|dignity|safety|love|support|protection|fair|better|a seat|access|rights|justice|freedom|peace|happiness|acceptance|kindness|compassion|a (?:voice|chance|future|home)|to (?:feel|be|live|stay|grow up) (?:safe|heard|seen|respected|loved|included|free|in peace|happy|themselves|welcome)|to be (?:paid|treated|respected|heard|seen|included|believed|protected|represented))`,
    String.raw`\b${GROUP_WORD} (?:\w+ ){0,2}(?:are|is|r) (?:so |very |truly |just |all |absolutely |always |simply )?(?:welcome|valid|normal|human|loved|beautiful|wonderful|amazing|strong|brave|inspiring|equal|valued|valuable|precious|resilient|brilliant|incredible|awesome|lovely|kind|great|talented|smart|part of (?:us|our|this|the))\b`,
    String.raw`\bshould (?:be (?:allowed|free|able)|have the (?:right|freedom)|get) to\b`,
    String.raw`\bha(?:ve|s) (?:every|the same|equal) rights?\b`,
    String.raw`\b(?:(?:i|we) (?:stand|am standing|are standing) with|solidarity with|equal rights for|(?:protect|support|celebrate|welcome|respect|love|admire|uplift|defend) (?:\w+ ){0,2}${GROUP_WORD})\b`,
    String.raw`\bbeing (?:\w+ ){1,2}is (?:valid|okay|ok|fine|normal|beautiful|natural|a gift|something to celebrate|part of who)`,
    String.raw`\b(?:nothing wrong with being|no shame in being|proud to be|happy to be)\b`,
    String.raw`\b(?:i am|i'm|im|we are|we're) (?:a |an )?(?:(?:proud|happy|\w+) )?${GROUP_WORD}\b`,
    String.raw`\bmake[s]? (?:this|our|the|my) (?:\w+ ){0,2}(?:better|stronger|richer|brighter|kinder|safer|more (?:vibrant|interesting|welcoming))\b|\benrich(?:es|ed)? (?:our|this|the|my|every)\b|\bbuilt (?:this|our)\b|\bcontribut(?:e|es|ed|ions?) (?:to|so much|a lot)\b`,
    String.raw`\b(?:we need|there should be) more (?:\w+ ){0,1}${GROUP_WORD}\b`,
    // praise emoji right after a group, read as "praise" by core/emoji-meaning.ts: "women 💪💪",
    // "trans people are 👑". Nothing else may sit between ("white power 💪", "X are inferior ❤️").
    String.raw`^\W*(?:(?:i love|love|all|my|our|the|to|for|shout ?out to) )?${GROUP_WORD}(?: (?:people|folks|community|friends|women|men|kids))?(?: (?:are|is|r))? praise(?: praise)*\W*$`,
  ].join('|'),
);
const MENTIONS = rx(String.raw`\b${GROUP_WORD}\b`);
/** Negations that belong to the support itself: "nothing wrong with being gay", "not a choice". */
const SUPPORTIVE_NEGATION = rx(String.raw`\b(?:nothing wrong with|no shame in|not a (?:choice|sin|crime|disease|phase|trend|burden|threat)|no matter)\b`, 'g');
/** Negations written without an apostrophe, which NEGATION leaves to the model: "you cant support …". */
const BARE_NEGATION = rx(String.raw`\b(?:cant|dont|doesnt|didnt|isnt|arent|wasnt|werent|shouldnt|wouldnt|wont|aint|no longer)\b`);
/** A turn after the support: "equal rights for gay people, but …". */
const TURN = rx(String.raw`\b(?:but|however|until|as long as|unless|except|only if|although|though|yet)\b`);

export function supportsGroup(text: string): boolean {
  if (!MENTIONS.test(text) || !SUPPORTIVE.test(text) || TURN.test(text)) return false;
  const rest = text.replace(SUPPORTIVE_NEGATION, ' ');
  return !NEGATION.test(rest) && !BARE_NEGATION.test(rest) && !HOSTILE.test(rest);
}
