import { rx } from '../patterns';

/**
 * Friendly swearing: "happy birthday you absolute dickhead, love you", "you're a fucking legend",
 * "congrats you cheeky bastard". Friends swear at each other when they mean it kindly, and the model
 * learnt "offensive" from data sets that count any swearing as offensive, so it reads only the
 * swearing. A message counts as warm when it has one of these markers, no hostile word, and no rule
 * hit other than mild swearing (see `rules.ts`); its swearing is then read as banter.
 */
export const WARMTH = rx(
  String.raw`\b(?:` +
    [
      // wishes and thanks
      String.raw`congrats|congratulations|congratz|happy (?:birthday|bday|anniversary|new year|friday|holidays|retirement|wedding day)|many happy returns`,
      String.raw`thank (?:you|u|ya)|thanks|cheers|much love|love (?:you|ya|u)(?: (?:bro|mate|man|sis|babe|lots|so much|loads|to bits))?|luv (?:you|ya|u)|miss (?:you|ya|u)|proud of (?:you|ya|u)|so proud`,
      // praise of a person
      String.raw`legend|genius|hero|icon|superstar|rock ?star|a star|(?:absolute|total|utter) (?:madman|madlad|mad lad|unit|beast|machine)`,
      String.raw`well done|well played|good job|great job|nice one|nailed it|smashed it|killed it|(?:you|u) (?:actually )?(?:did|pulled|nailed|smashed|killed|crushed) (?:it|that|this)(?: off)?|you deserve (?:it|that|this)|deserve(?:d)? (?:it|that|this)`,
      String.raw`(?:drinks?|pints?|rounds?|beers?|coffee|dinner) (?:are |is )?on me|enjoy (?:the|your|it)|have (?:the best|a great|a lovely|fun)`,
      // delight in a thing
      String.raw`best \w+ (?:ever|of my life|all year|in town)|amazing|incredible|gorgeous|beautiful|brilliant|awesome|unreal|stunning|fantastic|wonderful|delicious|slaps|gg|so good`,
    ].join('|') +
    String.raw`)\b`,
);

/**
 * Words that keep a message hostile however warm the rest sounds: "congrats on being this stupid",
 * "thanks for nothing, you fucking fraud", "wow, what a loser". Negation is here too ("not amazing
 * at all"), which costs some real banter but keeps sarcasm out.
 */
export const HOSTILE = rx(
  String.raw`\b(?:` +
    [
      String.raw`idiot\w*|stupid\w*|moron\w*|dumb\w*|loser\w*|ugly|fat|pathetic|worthless|useless|trash|garbage|rubbish|disgusting|vile|gross`,
      // sarcasm: "wow, you managed to be wrong and boring"
      String.raw`wrong|boring|worst|awful|terrible|annoying|irrelevant|nobody asked|talent`,
      String.raw`fraud|liar|hypocrite|creep\w*|pervert\w*|pig|clown\w*|joke|freak\w*|scum\w*|filth\w*|cunt\w*|whore\w*|slut\w*|twat\w*|wanker\w*|retard\w*`,
      // "bitch" stays hostile except in "son of a bitch" and "a bitch of a week"
      String.raw`(?<!son of a )bitch(?!(?:es)? of a\b)\w*`,
      String.raw`hate\w*|die|dies|died|dead|death|kill(?!ed (?:it|that|this))\w*|hurt|shut up|waste|sick of|embarrass\w*|shame\w*|cringe|delete|go away|get lost|piss off|screw (?:you|u)|fuck (?:off|you|u|ya)|for nothing|not|never|nobody|no one`,
    ].join('|') +
    String.raw`)\b`,
);

/** Swear words friends use on each other (root words as the lexicon names them); slurs and sexual words never. */
export const BANTER_SWEARS = new Set(['fuck', 'shit', 'bastard', 'ass', 'arse', 'bollocks', 'piss', 'bitch', 'dickhead']);
