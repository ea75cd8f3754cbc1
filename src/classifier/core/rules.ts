import type { Category, CategoryScores } from '../../shared/categories';
import { findLexiconHits } from './lexicon';
import { normaliseForRules, squeeze } from './normalise';
import { CONDEMNATION, COUNTER_SPEECH, NEGATED_HATE, VIOLENT, YOU, YOUR, hasQuote, insideQuotes, negatedAt, rx } from './patterns';

/**
 * The rule stage: what rules catch reliably, with high precision. Everything softer (insults without
 * swear words, dehumanising language, sarcasm) is left to the model. A rule hit quoted or reported
 * as counter-speech scores low instead of vanishing, so a strict user can still hide it.
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
  };
}

const DIRECT = 0.95;
const REPORTED = 0.35;

const BODY = String.raw`(?:face|head|throat|neck|skull|jaw|nose|teeth|ribs|bones|knees?|fingers|legs?|arms?|kids?|children|family|wife|husband|house|car|dog|cat)`;

const THREATS: [string, RegExp][] = [
  ['first-person-violence', rx(String.raw`\bi(?:'m|m| am)? ?(?:going to|gonna|gona|will|wil|'ll|ll|shall|want to|wanna|am going to|'m going to|'m gonna|'d love to|would love to)(?: \w+){0,3} ${VIOLENT}\w*(?: \w+){0,4} ${YOU}\b`)],
  ['first-person-violence-your', rx(String.raw`\bi(?:'m|m| am)? ?(?:going to|gonna|will|'ll|ll|shall|want to|wanna)(?: \w+){0,2} ${VIOLENT}\w* ${YOUR} (?:\w+ )?${BODY}\b`)],
  ['you-will-die', rx(String.raw`\b${YOU} (?:are |r |re |'re |will |'ll |ll |is )?(?:going to|gonna|gona|will) (?:die|be dead|bleed|be found (?:dead|in a ditch|in pieces)|get (?:hurt|raped|shot|stabbed|killed|beaten|what's coming|what is coming))\b|\b${YOU}(?:'ll| will) be found (?:dead|in a ditch|in pieces)\b`)],
  ['know-where-you-live', rx(String.raw`\b(?:i|we) know where ${YOU} (?:live|work|sleep|go to school|study|park)\b`)],
  ['menace', rx(String.raw`\b(?:watch your back|sleep with one eye open|you(?:'re| are| r) (?:dead meat|next|a dead (?:man|woman))|your days are numbered|i'll be waiting for you|(?:we|we're|we are|i'm|i am) coming for you|coming to your house|put (?:a|one) bullet in|put (?:you|u) in (?:the |a )?(?:hospital|ground|grave|coma|wheelchair)|(?:be a|be a real|would be a|it'd be a|it would be a) shame if|shame if something (?:happened|happens|were to happen) to|accidents happen|leav(?:e|ing) in an? (?:ambulance|body bag|coffin)|(?:enjoy|count) your last (?:few )?(?:days|weeks|months|nights)|(?:string|strung) (?:him|her|them|you|u) up|(?:we're|we are|i'm|i am) coming\b|(?:you|u) won't see it coming|sleep with the fishes|(?:will|gonna|is going to) be your last|what happens to (?:snitches|people like you|girls like you|guys like you))\b`)],
  ['self-harm-incitement', rx(String.raw`\b(?:kill|hang|shoot|neck) (?:yourself|urself|yourselves|your self)\b|\bkys\b|\bgo die\b|\bdrink bleach\b`)],
  ['wish-harm', rx(String.raw`\b(?:i )?hope (?:you|u) (?:die|get raped|get hit by|get cancer|burn|get shot|get stabbed|get killed|rot)\b|\bhope (?:someone|somebody) (?:kills|shoots|stabs|rapes|runs over|runs|beats|hurts) (?:you|u)\b|\b${YOU} (?:should|deserve to|ought to|need to) (?:die|be (?:killed|raped|shot|hanged|hung|beaten|stabbed|lynched))\b`)],
  ['group-extermination', rx(String.raw`\b(?:should|must|need to|needs to|deserve to|ought to|have to) (?:all )?(?:be )?(?:die|killed|exterminated|gassed|shot|hanged|hung|lynched|wiped out|eradicated|burned|deported and shot)\b`)],
];

const CONTACT = {
  phone: /(?:\+?\d[\d\s().-]{5,}\d)/g,
  email: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/,
  address: rx(String.raw`\b\d{1,5}[a-z]? (?:[a-z]+ ){1,3}(?:street|st|avenue|ave|road|rd|lane|ln|boulevard|blvd|drive|dr|way|court|ct|place|pl|terrace|close|crescent|square|sq|grove|gardens|row|mews|parade|highway|hwy|walk|rise|strasse|straße)\b`),
  lives: rx(String.raw`\b(?:lives|living|stays|staying|works|working) (?:at|on|in) (?:the \w+ (?:at|on) )?\d|\b(?:home|house) address\b|\bwhere (?:he|she|they|the \w+) (?:lives?|works?|sleeps?):`),
};
// Where a named third person can be found: home, work, school, routine, car. Weaker than a street
// address on its own, so it only counts together with a third person and a call to the crowd.
const WHEREABOUTS = rx(
  String.raw`\b(?:lives?|living|stays|works?|working|drops? (?:\w+ )?(?:\w+ )?off|picks? (?:\w+ )?(?:\w+ )?up) (?:\w+ ){0,3}(?:at|on|in|above|below|next to|near|opposite|behind|there|here)\b|\b(?:plate|number plate|licen[cs]e plate|reg number|door code|gate code|parked (?:on|at|outside)|drives a)\b|\b(?:his|her|their|\w+'s) (?:\w+ )?(?:\w+'s )?(?:school|office|workplace|gym|apartment|flat|house|home|address|schedule|routine|route|commute|shift|car|number|phone|email|insta|instagram|facebook|linkedin)\b|\b(?:school|office|gym|apartment|flat|house) (?:his|her|their) \w+ (?:go|goes|works?|lives?)\b`,
);
const THIRD_PERSON = rx(String.raw`\b(?:he|him|his|she|her|hers|(?:this|that|the) (?:guy|man|woman|girl|boy|lady|dude|bloke|lad|kid|teacher|nurse|judge|reporter|journalist|streamer|mod|admin|councillor|cop|doctor|bitch|idiot|clown|creep|loser|account))\b`);
// "Everyone send her a card": the crowd is invited to be kind.
const KIND_INTENT = rx(String.raw`\b(?:birthday|congrat\w*|get well|cards?|flowers|gifts?|presents?|welcome|thank\w*|condolences|sympathy|lost (?:cat|dog|pet)|missing (?:cat|dog|pet)|fundraiser|donate|donations|volunteer\w*)\b`);
// An invitation to a crowd to act, however phrased ("road trip anyone?", "keep calling", "be there").
const CROWD_CALL = rx(
  String.raw`\b(?:anyone|everyone|everybody|somebody|someone|people|y'?all|all of you|a few of us|we all)(?: \w+)? (?:should|go|call|text|email|visit|send|tell|show|turn|make|get|drop|pop|have|give|confront|near|wait|wants?|fancies|feels like)\b|\b(?:anyone|anybody) ?\?|\bjust (?:saying|putting it out there|so you all know|fyi)\b|\bputting (?:it|this) out there\b|\b(?:a|have a) word with (?:him|her|them)\b|\b(?:we should|let'?s|lets|road trip|be there|show up|turn up|go (?:and )?(?:have|say|see|visit|find|get|knock|confront|wait|tell|give|make|remind|ask)|keep (?:calling|texting|emailing|ringing|messaging|visiting|posting)|make sure|should know|deserve to know|confront|say hi|have a word|outside (?:his|her|their) (?:house|home|door|flat|work|office|school)|regret|spread (?:this|it|the word)|share (?:this|it) (?:everywhere|widely)|boost this|send (?:this|that) (?:man|guy|woman|girl)|ruin (?:his|her|their)|(?:would|wouldn't it) be funny|would be a shame)\b`,
);
// A call to act on someone's data: aimed at a third person, or an open invitation to a crowd.
const CALL_TO_ACT = rx(
  String.raw`\b(?:(?:call|text|ring|message|dm|email|e-mail|mail|spam|flood|visit|find|tell|remind|harass) (?:him|her|them|this (?:guy|girl|woman|man|bitch|idiot|clown))|everyone (?:call|text|email|go|visit|spam|say hi|send)|show up|pay (?:him|her|them|a) (?:a )?visit|go (?:get|knock|say hi)|swat|let (?:him|her|them) know|make (?:him|her|them) (?:pay|regret|suffer)|make (?:his|her|their) (?:day|life|week) (?:hell|miserable)|send (?:him|her|them)|you know what to do|have fun|do your thing|go wild|raid|drop by|knock on|doorstep|can't hide|cannot hide|dox|doxx|deals? with us|(?:call|ring|text|spam) (?:it|this number|that number)|flood (?:his|her|their) (?:inbox|phone|dms|mentions|email)|get (?:him|her|them) fired|(?:until|till|til) (?:he|she|they) (?:deletes?|quits?|leaves?|gets? fired|loses? (?:his|her|their) job)|flood (?:it|them)|here'?s (?:his|her|their) (?:address|number|phone|email|home)|(?:his|her|their) (?:real )?(?:address|number|phone number|email|home) is)\b`,
);
// Sharing one's own or a business's contact details is ordinary.
const OWN_CONTACT = rx(String.raw`\b(?:call us|contact us|reach us|email us|our (?:office|store|shop|team|number|email|address)|my (?:number|email|address|office)|contact me|reach me|opening hours|customer service|support team)\b`);

const MEDIA = rx(String.raw`\b(?:nudes?|naked|intimate|sex ?tape|webcam|pics?|pictures?|photos?|videos?|vids?|clips?|recording|recorded|images?|screenshots?|snaps|album|topless|content|everything you sent|what you sent|(?:your|ur) (?:little )?secret)\b`);
const LEAK = rx(String.raw`\b(?:send|post|share|leak|release|forward|upload|show|publish|spread)(?: \w+){0,3} (?:to|with|on|in) (?:everyone|all|every|your|the internet|online|facebook|instagram|tiktok|twitter)|\b(?:everyone|your (?:\w+ )?(?:family|friends|boss|parents|mom|mum|dad|wife|husband|partner|followers|contacts|school|work|church|colleagues|university|employer)) (?:will |gonna |is going to )?(?:sees?|gets?|hears?)\b|\bi(?:'ll| will|'m| am)? (?:gonna |going to )?(?:send|post|share|leak|release|forward|upload|publish|expose|tag)\w*\b|\bgoes to every\b|\b(?:parents|family|boss|followers|friends|everyone) gets? (?:a |the )?(?:link|copy|video|pic|clip)|\b(?:go|goes|going) public\b|\bend up (?:in|on)\b|\bstays? private\b|\ball goes away\b|\bgoes? to everyone\b|\bgo(?:es)? out\b|\bhits? (?:reddit|twitter|facebook|instagram|tiktok|the internet|online)\b`);
const DEMAND = rx(String.raw`\b(?:pay|paypal|venmo|cashapp|transfer|wire|bitcoin|btc|crypto|gift ?cards?|money|dollars|usd|euros?|pounds|pay up|more (?:pics|photos|nudes|videos?|content)|another (?:pic|photo|video)|keep (?:sending|them coming|replying|paying)|(?:stop|you stop) (?:replying|answering|sending)|as long as|within \d+ ?(?:hours|hrs|h|days)|\d+ ?(?:hours|hrs|h)|do what i say)\b|[$€£]\s?\d`);
const CONDITION = rx(String.raw`\b(?:or|unless|if (?:you|u) (?:don't|dont|do not|refuse|ignore|block|report|tell|stop)|tell anyone|otherwise|or else|else|and|your choice|as long as)\b`);

// Unwanted sexual remarks aimed at the reader, written without any word from the lexicon.
const SEXUAL_HARASSMENT = rx(
  String.raw`\b(?:send|dm|show|give) (?:me )?(?:some |a |your |ur |more )?(?:nudes|naked pics|pics of (?:your|ur) body|a pic in (?:your|ur) underwear|(?:your|ur) (?:body|boobs|tits|ass|butt))\b|\bwhat (?:are|r) (?:you|u) wearing,? (?:right now|rn|now|in bed|under (?:that|there|it)|babe|baby|sexy|hottie)\b|\b(?:i want to|i wanna|i'd love to|i would love to|let me|i'm going to|i'll) (?:fuck|bang|smash|touch|lick|grope|undress|taste|ride|spank) (?:you|u)\b|\b(?:you'd|you would|u would) look (?:better|good|hot|great) (?:naked|without (?:clothes|that))\b|\bsit on my (?:face|lap)\b|\bsuck my\b|\bbet (?:you're|you are|ur) (?:good|a freak|wild) in bed\b|\bcome (?:to|over to) my (?:bed|room)\b` +
    // Second set (session 3): requests to undress, questions about underwear, arousal reports,
    // prices for the reader's body, and propositions that never use a lexicon word.
    String.raw`|\b(?:without|with no|no) (?:the |your |ur |that |those |any )?(?:top|shirt|bra|clothes|dress|towel|panties|underwear|knickers|bikini)\b(?! (?:on|policy|code))|\b(?:what|which) (?:colou?r )?(?:underwear|panties|bra|knickers|lingerie)\b|\bwhat'?s under (?:that|your|ur|the)\b|\b(?:take|strip) (?:off|of) (?:that|your|ur|the)\b|\b(?:jerk(?:ed|ing)? off|jack(?:ed|ing)? off|wank(?:ed|ing)?|touch(?:ed|ing)? myself|came|cum(?:med)?|nut(?:ted)?|rub(?:bed|bing)? one out) (?:to|over|thinking about|while (?:looking|watching)) (?:you|u|your|ur|her|him)\b|\bi'?m (?:so |rock |getting )?(?:hard|wet|horny) (?:just |from |when |while )?(?:looking|reading|watching|thinking|seeing)\b|\b(?:send|dm|post|show|give|want|need|got any|more|trade) (?:me )?(?:some |your |ur |a few |any |more )?(?:feet|foot|bikini|lingerie|underwear|shower|bath|bed) (?:pics|pictures|photos|selfies|vids|videos)\b|\bhow much for (?:a night|one night|the night|an hour|a session|you)\b|\b(?:i'?d|id|i would|would|def(?:initely)?) (?:\w+ )?(?:smash|hit that|tap that|wreck (?:you|u|her|that))\b|\b(?:think|thinking|dream|dreaming|fantasi[sz]e|fantasi[sz]ing) (?:about|of) (?:you|u|her) (?:in (?:the shower|bed|the bath)|naked|every night|when i'?m alone)\b|\b(?:in|wearing) (?:just |only |nothing but )(?:your|ur|a|her) (?:underwear|bra|panties|lingerie|bikini|towel)\b|\b(?:your|ur) (?:mouth|lips|throat) (?:would|will) look (?:better|good|great) (?:with|around)\b|\bi'?d rather (?:hear|see|watch) (?:you|u|her|him) (?:moan|naked|undress)\b`,
);

// Insults aimed at the reader in words that are not swear words, so the lexicon does not know them.
const INSULT_NOUN = String.raw`(?:idiot|moron|imbecile|cretin|dumbass|dimwit|halfwit|nitwit|loser|clown|buffoon|creep|freak|weirdo|parasite|leech|troll|muppet|donkey|cow|pig|rat|snake|worm|maggot|cockroach|slug|whale|hag|nobody|failure|disgrace|embarrassment|waste of (?:space|oxygen|air|skin)|scumbag|scum|lowlife|degenerate|simpleton|neanderthal|troglodyte|numpty|plonker|pillock|git|sociopath|psycho|lunatic|nutjob|hypocrite|liar|coward|fraud|grifter|parasite)`;
const INSULT_ADJ = String.raw`(?:stupid|dumb|dense|thick|brainless|pathetic|worthless|useless|disgusting|repulsive|ugly|hideous|vile|braindead|brain dead|clueless|spineless|obnoxious|insufferable|unbearable|revolting|delusional|deranged|idiotic|moronic|ignorant|gross|fat|pitiful|a joke)`;
const MODIFIER = String.raw`(?:such|a|an|the|absolute|complete|total|utter|little|fucking|stupid|fat|ugly|dumb|pathetic|massive|huge|giant|brainless|worthless|useless|obnoxious|old|dirty|lying|sad|miserable|bloody|sorry|[\w-]+-starved|attention-seeking)`;
const DIRECTED_INSULT = rx(
  String.raw`\b${YOU}(?: (?:are|r|re|'re))? (?:just |really |honestly |literally |genuinely |truly )?(?:${MODIFIER} ){0,4}${INSULT_NOUN}s?\b|\b${YOU}(?: (?:are|r|re|'re))? (?:so |such |really |just |truly |genuinely |the most |incredibly |unbelievably |extremely )+${INSULT_ADJ}\b|\b${YOU}(?:'re| are| r) (?:a |an )?${INSULT_ADJ} (?:${MODIFIER} ){0,2}(?:person|human|woman|man|girl|boy|kid|thing|creature|excuse)\b|\b${YOU}(?:'re| are| r)? (?:\w+ )?the (?:dumbest|stupidest|ugliest|thickest|worst|most (?:stupid|pathetic|useless|annoying|disgusting|worthless|insufferable|obnoxious|clueless|ignorant|boring)) (?:\w+ )?(?:person|human|woman|man|girl|boy|kid|creature|idiot|moron|streamer|player|poster|writer|user|account|thing)\b`,
);

const SECOND_PERSON = rx(String.raw`\b${YOU}\b|\b${YOUR}\b`);
// Profanity aimed at someone: "you stupid <word>", "you're a <word>", "<word> you", "<word> off".
const DIRECTED_BEFORE = rx(String.raw`\b(?:${YOU}|${YOUR}) (?:(?:are|r|re|is|look like|sound like) )?(?:(?:a|an|such a|such an|the|little|stupid|dumb|fat|ugly|worthless|pathetic|dirty|lying|absolute|complete|total|fucking|useless|disgusting) ){0,3}$`);
const DIRECTED_AFTER = rx(String.raw`^(?:fuck|fck|fk|f|screw|damn|bugger|sod|piss|feck|frick)\w* (?:you|u|off|yourself|urself)\b`);
const INTENSIFIER = rx(String.raw`^(?:fucking|fuckin|fucken|effing|shitty|damn)$`);

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
    if (!m || negatedAt(text, m.index, m[0])) continue;
    const quoted = reported || insideQuotes(text, m.index, m.index + m[0].length);
    add(result, 'threat', rule, quoted ? REPORTED : rule === 'group-extermination' ? 0.8 : DIRECT);
    if (rule === 'group-extermination' && !quoted) add(result, 'identity_hate', rule, 0.7);
  }
}

function doxxingRules(text: string, result: RuleResult): void {
  const digits = [...text.matchAll(CONTACT.phone)].some((m) => m[0].replace(/\D/g, '').length >= 7);
  const hasContact = digits || CONTACT.email.test(text) || CONTACT.address.test(text) || CONTACT.lives.test(text);
  if (OWN_CONTACT.test(text) || KIND_INTENT.test(text)) return;
  if ((hasContact || WHEREABOUTS.test(text)) && CALL_TO_ACT.test(text)) add(result, 'doxxing', 'contact-with-call-to-act', DIRECT);
  else if ((hasContact || WHEREABOUTS.test(text)) && THIRD_PERSON.test(text) && CROWD_CALL.test(text)) {
    add(result, 'doxxing', 'whereabouts-with-crowd-call', 0.9);
  }
}

function sextortionRules(text: string, result: RuleResult): void {
  if (!MEDIA.test(text)) return;
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

function insultRules(text: string, result: RuleResult, reported: boolean): void {
  const m = DIRECTED_INSULT.exec(text);
  if (!m || negatedAt(text, m.index, m[0])) return;
  const quoted = reported || insideQuotes(text, m.index, m.index + m[0].length);
  add(result, 'insult', 'insult-at-reader', quoted ? REPORTED : 0.85);
}

function lexiconRules(text: string, result: RuleResult, reported: boolean): void {
  for (const hit of findLexiconHits(text)) {
    const { word, from, to } = wordAt(text, hit.start, hit.end);
    const quoted = reported || insideQuotes(text, from, to);
    const directed =
      !INTENSIFIER.test(word) && (DIRECTED_BEFORE.test(text.slice(Math.max(0, from - 60), from)) || DIRECTED_AFTER.test(text.slice(from, to + 14)));
    if (hit.kind === 'slur') {
      add(result, 'identity_hate', `slur:${hit.word}`, quoted ? REPORTED : 0.9);
    } else if (hit.kind === 'sexual') {
      // Sexual words alone are common in health, news and jokes; aimed at the reader they harass.
      add(result, 'sexual', `sexual:${hit.word}`, quoted ? REPORTED : directed || SECOND_PERSON.test(text) ? 0.8 : 0.4);
    } else {
      add(result, 'profanity', `profanity:${hit.word}`, 0.9);
    }
    if (directed && !quoted && hit.kind !== 'sexual') add(result, 'insult', `directed:${hit.word}`, 0.85);
  }
}

/** Runs every rule on one text. Pure and synchronous, so it is cheap to test and to run anywhere. */
export function applyRules(raw: string): RuleResult {
  const result: RuleResult = { scores: {}, hits: [], signals: { counterSpeech: false, untargetedProfanity: false, negatedHate: false } };
  const text = squeeze(normaliseForRules(raw));
  if (!text) return result;
  const reported = COUNTER_SPEECH.test(text);
  threatRules(text, result, reported);
  doxxingRules(text, result);
  sextortionRules(text, result);
  sexualHarassmentRules(text, result, reported);
  insultRules(text, result, reported);
  lexiconRules(text, result, reported);
  result.signals.counterSpeech = hasQuote(text) && (reported || CONDEMNATION.test(text));
  result.signals.negatedHate = NEGATED_HATE.test(text) && !result.hits.some((h) => h.score >= 0.8 && h.category !== 'profanity');
  result.signals.untargetedProfanity =
    result.hits.some((h) => h.category === 'profanity') && !result.hits.some((h) => h.rule.startsWith('directed:') || h.rule.startsWith('slur:'));
  return result;
}
