import { YOU, YOUR, anyOf, rx } from '../patterns';

/**
 * Phrases of personal harassment: unwanted sexual remarks and insults aimed at the reader, both
 * written without any word the lexicon knows. Written for normalised text (see patterns.ts).
 */

const CLOTHES = anyOf('top', 'shirt', 'bra', 'clothes', 'dress', 'towel', 'panties', 'underwear', 'knickers', 'bikini');
/** Wider: only in "I'd rather see you without the …", where any garment is an undressing fantasy. */
const OUTFIT = anyOf(CLOTHES, 'blazer', 'suit', 'jacket', 'uniform', 'jeans', 'skirt', 'leggings', 'hoodie');

/** Unwanted sexual remarks aimed at the reader. */
export const SEXUAL_HARASSMENT = rx(
  [
    String.raw`\b(?:send|dm|show|give) (?:me )?(?:some |a |your |ur |more )?(?:nudes|naked pics|pics of (?:your|ur) body|a pic in (?:your|ur) underwear|(?:your|ur) (?:body|boobs|tits|ass|butt))\b`,
    String.raw`\bwhat (?:are|r) (?:you|u) wearing,? (?:right now|rn|now|in bed|under (?:that|there|it)|babe|baby|sexy|hottie)\b`,
    String.raw`\b(?:i want to|i wanna|i'd love to|i would love to|let me|i'm going to|i'll) (?:fuck|bang|smash|touch|lick|grope|undress|taste|ride|spank) (?:you|u)\b`,
    String.raw`\b(?:you'd|you would|u would) look (?:better|good|hot|great) (?:naked|without (?:clothes|that))\b`,
    String.raw`\bsit on my (?:face|lap)\b`,
    // the reader's body in their own photo: "that ass in your profile pic"
    String.raw`\b(?:that|your|ur|those|them) (?:ass|butt|booty|tits|titties|boobs|rack|legs|thighs|body|curves) (?:in|on) (?:your|ur|that|this|the|ya) (?:\w+ )?(?:pic|pics|photo|photos|picture|pictures|selfie|selfies|profile|pfp|video|vid|post|reel|story)\b`,
    String.raw`\bsuck my\b`,
    String.raw`\bbet (?:you're|you are|ur) (?:good|a freak|wild) in bed\b`,
    String.raw`\bcome (?:to|over to) my (?:bed|room)\b`,
    // Requests to undress, questions about underwear, arousal reports, prices for the reader's
    // body, propositions and fantasies.
    String.raw`\b(?:without|with no|no) (?:the |your |ur |that |those |any )?${CLOTHES}\b(?! (?:on|policy|code))`,
    String.raw`\b(?:what|which) (?:colou?r )?(?:underwear|panties|bra|knickers|lingerie)\b`,
    String.raw`\bwhat'?s under (?:that|your|ur|the)\b`,
    String.raw`\b(?:take|strip) (?:off|of) (?:that|your|ur|the)\b`,
    String.raw`\b(?:jerk(?:ed|ing)? off|jack(?:ed|ing)? off|wank(?:ed|ing)?|touch(?:ed|ing)? myself|came|cum(?:med)?|nut(?:ted)?|rub(?:bed|bing)? one out) (?:to|over|thinking about|while (?:looking|watching)) (?:you|u|your|ur|her|him)\b`,
    String.raw`\bi'?m (?:so |rock |getting )?(?:hard|wet|horny) (?:just |from |when |while )?(?:looking|reading|watching|thinking|seeing)\b`,
    String.raw`\b(?:send|dm|post|show|give|want|need|got any|more|trade) (?:me )?(?:some |your |ur |a few |any |more )?(?:feet|foot|bikini|lingerie|underwear|shower|bath|bed) (?:pics|pictures|photos|selfies|vids|videos)\b`,
    String.raw`\bhow much for (?:a night|one night|the night|an hour|a session|you)\b`,
    String.raw`\b(?:i'?d|id|i would|would|def(?:initely)?) (?:\w+ )?(?:smash|hit that|tap that|wreck (?:you|u|her|that))\b`,
    String.raw`\b(?:think|thinking|dream|dreaming|fantasi[sz]e|fantasi[sz]ing) (?:about|of) (?:you|u|her) (?:in (?:the shower|bed|the bath)|naked|every night|when i'?m alone)\b`,
    String.raw`\b(?:in|wearing) (?:just |only |nothing but )(?:your|ur|a|her) (?:underwear|bra|panties|lingerie|bikini|towel)\b`,
    String.raw`\b(?:your|ur) (?:mouth|lips|throat) (?:would|will) look (?:better|good|great) (?:with|around)\b`,
    String.raw`\bi'?d rather (?:hear|see|watch) (?:you|u|her|him) (?:moan|naked|undress)\b`,
    // Innuendo that needs no explicit word: undressing fantasies, kneeling, tasting, "sharing".
    String.raw`\b(?:rather|love to|like to|wanna|want to) see (?:you|u|her) (?:without|out of) (?:the |your |ur |that |those |her |any )?${OUTFIT}\b`,
    String.raw`\b(?:rather be|belong|look (?:better|good)|be better) on (?:your|ur|her) knees\b`,
    String.raw`\bwhat (?:you|u|she) (?:taste|tastes|feel|feels) like\b`,
    String.raw`\b(?:be|become) my (?:little )?(?:sex toy|fuck ?toy|plaything|sex slave)\b`,
    String.raw`\btake turns (?:with|on) (?:you|u|her|him)\b`,
    String.raw`\b(?:begging|made|asking) to be (?:ripped|torn|taken) off\b`,
    String.raw`\b(?:perfect|right) age for (?:me|us)\b`,
    String.raw`\b(?:does|did) things to me\b`,
    String.raw`\bshow (?:us |me )?(?:a (?:little|bit) |some )?more skin\b`,
    String.raw`\btake (?:it|that|them|those) off (?:you|u|her)(?: myself)?\b`,
    String.raw`\b(?:in|to|back to) my (?:room|bed|place|flat)\b.{0,40}\b(?:worth your while|alone|just us)\b`,
    String.raw`\b(?:examine|inspect|check) me (?:anytime|any time|all over)\b`,
    // an aubergine or a tongue aimed at the reader
    String.raw`\b(?:you|u|your|ur)\b.{0,60}(?:🍆|👅)`,
    String.raw`\b(?:i )?bet (?:you|u|she) (?:taste|tastes)\b|\b(?:you|u) (?:must |probably )?taste (?:as |so )?(?:good|sweet|amazing|delicious)\b`,
    // grooming: an age under 18 and the wait until it is not
    String.raw`\b(?:you're|youre|you are|ur|u r) 1[0-7]\b.{0,40}\b(?:wait|legal|birthday)\b|\b(?:until|till|til) (?:you're|youre|you are|ur|she's|she is) (?:legal|18|eighteen)\b`,
  ].join('|'),
);

const INSULT_NOUNS = [
  'idiot', 'moron', 'imbecile', 'cretin', 'dumbass', 'dimwit', 'halfwit', 'nitwit', 'loser', 'clown', 'buffoon', 'creep', 'freak',
  'weirdo', 'parasite', 'leech', 'troll', 'muppet', 'donkey', 'cow', 'pig', 'rat', 'snake', 'worm', 'maggot', 'cockroach', 'slug',
  'whale', 'hag', 'nobody', 'failure', 'disgrace', 'embarrassment', 'waste of (?:space|oxygen|air|skin)', 'scumbag', 'scum',
  'lowlife', 'degenerate', 'simpleton', 'neanderthal', 'troglodyte', 'numpty', 'plonker', 'pillock', 'git', 'sociopath', 'psycho',
  'lunatic', 'nutjob', 'hypocrite', 'liar', 'coward', 'fraud', 'grifter', 'hack', 'bottom-feeder', 'has-been', 'nonentity',
  'bimbo', 'fatty', 'piggy', 'thot', 'hoe', 'pedo',
];
const INSULT_NOUN = anyOf(...INSULT_NOUNS);
const INSULT_ADJS = [
  'stupid', 'dumb', 'dense', 'thick', 'brainless', 'pathetic', 'worthless', 'useless', 'disgusting', 'repulsive', 'ugly', 'hideous',
  'vile', 'braindead', 'brain dead', 'clueless', 'spineless', 'obnoxious', 'insufferable', 'unbearable', 'revolting', 'delusional',
  'deranged', 'idiotic', 'moronic', 'ignorant', 'gross', 'fat', 'pitiful', 'a joke',
];
const INSULT_ADJ = anyOf(...INSULT_ADJS);
/** The plain words of the two lists above, for telling a short reply from a short insult (rules.ts). */
export const INSULT_WORDS = new Set([...INSULT_NOUNS, ...INSULT_ADJS].filter((w) => /^[a-z]+$/.test(w)));
const MODIFIER = anyOf(
  'such', 'a', 'an', 'the', 'absolute', 'complete', 'total', 'utter', 'little', 'fucking', 'stupid', 'fat', 'ugly', 'dumb', 'pathetic',
  'massive', 'huge', 'giant', 'brainless', 'worthless', 'useless', 'obnoxious', 'old', 'dirty', 'lying', 'sad', 'miserable', 'bloody',
  'sorry', String.raw`[\w-]+-starved`, 'attention-seeking', 'talentless', 'witless', 'gormless', 'spineless', 'clueless', 'pompous',
  'smug', 'entitled', 'bottom-feeding', 'two-faced', 'washed-up', 'washed up',
);
const ARE = String.raw`(?: (?:are|r|re|'re))?`;
const SUPERLATIVE = anyOf(
  'dumbest', 'stupidest', 'ugliest', 'thickest', 'worst',
  'most (?:stupid|pathetic|useless|annoying|disgusting|worthless|insufferable|obnoxious|clueless|ignorant|boring)',
);

/** Insults aimed at the reader in words that are not swear words, so the lexicon does not know them. */
export const DIRECTED_INSULT = rx(
  [
    String.raw`\b${YOU}${ARE} (?:just |really |honestly |literally |genuinely |truly )?(?:${MODIFIER} ){0,4}${INSULT_NOUN}s?\b`,
    String.raw`\b${YOU}${ARE} (?:so |such |really |just |truly |genuinely |the most |incredibly |unbelievably |extremely )+${INSULT_ADJ}\b`,
    String.raw`\b${YOU}(?:'re| are| r) (?:a |an )?${INSULT_ADJ} (?:${MODIFIER} ){0,2}(?:person|human|woman|man|girl|boy|kid|thing|creature|excuse)\b`,
    // "are you always this thick?"
    String.raw`\b(?:are|r) ${YOU} (?:always |really |just |actually |seriously |honestly )?(?:this|that|so) ${INSULT_ADJ}\b`,
    String.raw`\bimagine being (?:\w+ ){0,4}(?:this|so) ${INSULT_ADJ}\b`,
    String.raw`\b(?:as )?thick as (?:two short planks|mince|a brick|pig ?shit)\b`,
    String.raw`\b${YOU} have the (?:personality|charisma|brains?|iq|emotional range) of a\b`,
    String.raw`\b${YOU}(?:'re| are| r)? (?:\w+ )?the ${SUPERLATIVE} (?:\w+ )?(?:person|human|woman|man|girl|boy|kid|creature|idiot|moron|streamer|player|poster|writer|user|account|thing)\b`,
  ].join('|'),
);

/**
 * Dismissals, commands and a stalker's lines that are hostile by themselves in a reply of a few
 * words ("shut up", "go back home", "bend over", "i see you"): such a reply is not a harmless short
 * one (rules.ts, isTerse), so the model's reading counts in full.
 */
export const SHORT_DISMISSAL = rx(
  String.raw`\b(?:shut up|stfu|gtfo|go away|get out|get lost|go (?:back|home|cry|die)|cry (?:more|harder|about it)|(?:piss|bugger|sod|fuck|eff) off|bend over|open wide|spread (?:em|them|'em|your|ur)|on (?:your|ur) knees|send (?:them|em|'em) back|(?:blow|bite) me|suck it|` +
    // lines a stalker sends: "i see you", "look outside", "tick tock" (farewells such as "see you soon" stay harmless)
    String.raw`i (?:can )?see (?:you|u)(?! (?:soon|later|tomorrow|tonight|there|then|next|at|on|in)\b)|look outside|tick ?tock|sleep tight|(?:are|r) (?:you|u) (?:home|alone)|i know where|watch (?:your|ur) back|found (?:you|u)|got (?:you|u) now)\b`,
);

export const SECOND_PERSON = rx(String.raw`\b${YOU}\b|\b${YOUR}\b`);
/** Profanity aimed at someone, looking back from the word: "you stupid <word>", "you're a <word>". */
export const DIRECTED_BEFORE = rx(
  String.raw`\b(?:${YOU}|${YOUR}) (?:(?:are|r|re|is|look like|sound like) )?(?:(?:a|an|such a|such an|the|little|stupid|dumb|fat|ugly|worthless|pathetic|dirty|lying|absolute|complete|total|fucking|useless|disgusting) ){0,3}$`,
);
/** "<word> you" curses someone only for cursing words: not "holy shit you did it". */
export const DIRECTED_AFTER = rx(String.raw`^(?:fuck|fck|fk|f|screw|damn|bugger|sod|piss|feck|frick)\w* (?:you|u|off|yourself|urself)\b`);
/** Swear words used as intensifiers ("fucking great") are never aimed at anyone by themselves. */
export const INTENSIFIER = rx(String.raw`^(?:fucking|fuckin|fucken|effing|shitty|damn)$`);

/** Swear words that name a person ("asshole", "bitch"), unlike those that only intensify. */
export const PERSON_SWEAR = rx(
  String.raw`^(?:ass ?holes?|arse ?holes?|bitch(?:es)?|bastards?|cunts?|dick ?heads?|dicks?|pricks?|twats?|wankers?|whores?|sluts?|motherfuckers?|fuckers?|douche(?:bag)?s?|jackass|dumbass|skanks?|hoes?|shitheads?|cocksuckers?|fuckfaces?|tossers?|bellends?)$`,
);
/** What makes such a word a name for someone: "what an asshole", "that bitch", "he's a prick". */
export const NAMED_BEFORE = rx(
  String.raw`\b(?:a|an|the|that|this|these|those|such|what|some|another|total|absolute|complete|utter|real|fucking|stupid|dumb|lil|little|fat|ugly|old|lying|is|was|are|he's|she's|hes|shes|they're)(?: \w+)? $`,
);
