import { anyOf, rx } from '../patterns';

/**
 * Sextortion phrases: intimate media, a threat to leak it, a demand, and the condition that ties
 * them together ("... or ...", "unless ..."). Written for normalised text (see patterns.ts).
 */

export const MEDIA = rx(
  String.raw`\b${anyOf(
    'nudes?', 'naked', 'intimate', 'sex ?tape', 'webcam', 'pics?', 'pictures?', 'photos?', 'videos?', 'vids?', 'clips?', 'recording',
    'recorded', 'images?', 'screenshots?', 'snaps', 'album', 'topless', 'content', 'everything you sent', 'what you sent',
    '(?:your|ur) (?:little )?secret',
  )}\b`,
);

const CIRCLE = anyOf(
  'family', 'friends', 'boss', 'parents', 'mom', 'mum', 'dad', 'wife', 'husband', 'partner', 'followers', 'contacts', 'school', 'work',
  'church', 'colleagues', 'university', 'employer', 'boyfriend', 'girlfriend', 'fiance', 'fiancee', 'ex', 'kids', 'children',
);

export const LEAK = rx(
  [
    String.raw`\b(?:send|post|share|leak|release|forward|upload|show|publish|spread)(?: \w+){0,3} (?:to|with|on|in) (?:everyone|all|every|your|the internet|online|facebook|instagram|tiktok|twitter)`,
    String.raw`\b(?:everyone|your (?:\w+ )?${CIRCLE}) (?:will |gonna |is going to )?(?:sees?|gets?|hears?)\b`,
    String.raw`\bi(?:'ll| will|'m| am)? (?:gonna |going to )?(?:send|post|share|leak|release|forward|upload|publish|expose|tag)\w*\b`,
    String.raw`\bgoes to every\b`,
    String.raw`\b(?:parents|family|boss|followers|friends|everyone) gets? (?:a |the )?(?:link|copy|video|pic|clip)`,
    String.raw`\b(?:go|goes|going) public\b`,
    String.raw`\bend up (?:in|on)\b`,
    String.raw`\bstays? private\b`,
    String.raw`\ball goes away\b`,
    String.raw`\bgoes? to everyone\b`,
    String.raw`\bgo(?:es)? out\b`,
    String.raw`\b(?:the|those|these|your|ur) (?:\w+ )?(?:pics?|photos?|pictures?|videos?|vids?|nudes|clips?) go(?:es)? (?:up|live|online|viral)\b`,
    String.raw`\bwith (?:your|ur) (?:full |real )?name (?:on|attached|tagged)\b`,
    // the veiled version: "I wonder what your dad would think of ..."
    String.raw`\bwhat (?:your|ur) (?:\w+ )?${CIRCLE} (?:would|will|might|is going to) (?:think|say|do)\b`,
    // "your new boyfriend will love them"
    String.raw`\b(?:your|ur) (?:\w+ )?${CIRCLE} (?:will|would|is gonna|is going to|gonna) (?:love|enjoy|like) (?:them|these|those|this|that|it)\b`,
    String.raw`\b(?:doesn't|does not|don't|do not) know about (?:the|your|those|these|that) (?:\w+ )?(?:video|vid|pics?|photos?|pictures?|nudes|clip)s?\b`,
    String.raw`\bhits? (?:reddit|twitter|facebook|instagram|tiktok|the internet|online)\b`,
  ].join('|'),
);

export const DEMAND = rx(
  String.raw`\b${anyOf(
    // not "he said he'd make me pay": that is revenge talk, not a demand for money
    '(?<!make (?:me|you|u|him|her|them|us) )pay', 'make it worth my while', 'paypal', 'venmo', 'cashapp', 'transfer', 'wire', 'bitcoin', 'btc', 'crypto', 'gift ?cards?', 'money', 'dollars', 'usd', 'euros?',
    'pounds', 'pay up', 'more (?:pics|photos|nudes|videos?|content)', 'another (?:pic|photo|video)',
    'keep (?:sending|them coming|replying|paying)', '(?:keep|stop) (?:ignoring|blocking|avoiding) me', '(?:stop|you stop) (?:replying|answering|sending)', 'as long as',
    String.raw`within \d+ ?(?:hours|hrs|h|days)`, String.raw`\d+ ?(?:hours|hrs|h)`, 'do what i say',
  )}\b|[$€£]\s?\d`,
);

/** Advice to a victim ("don't pay", "never send more"): not a demand. */
export const NEGATED_DEMAND = rx(String.raw`\b(?:don't|dont|do not|never|not|won't|wont|didn't) (?:ever )?(?:pay|send|transfer|reply)\b`, 'g');

export const CONDITION = rx(
  String.raw`\b${anyOf(
    'or', 'unless', "if (?:you|u) (?:don't|dont|do not|refuse|ignore|block|report|tell|stop)", 'tell anyone', 'otherwise', 'or else',
    'else', 'and', 'your choice', 'as long as', 'still time', "before it'?s too late", 'your move', "it'?s up to you", 'fix (?:this|that|it)',
  )}\b`,
);
