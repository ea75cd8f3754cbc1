/**
 * Regular-expression building blocks for the rule stage. Rules run on `squeeze(normaliseForRules(x))`,
 * where every run of a repeated letter is one letter ("kiiill" -> "kil"). `rx` squeezes the pattern
 * source the same way, so patterns are written in plain English ("kill") and still match.
 */
export function rx(source: string, flags = ''): RegExp {
  let out = '';
  let prev = '';
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      // Escapes (\b, \s, \d ...) are copied as they are and never merged with a neighbour.
      out += ch + (source[i + 1] ?? '');
      i++;
      prev = '';
      continue;
    }
    if (/[a-z]/.test(ch) && ch === prev) continue;
    out += ch;
    prev = /[a-z]/.test(ch) ? ch : '';
  }
  return new RegExp(out, flags);
}

/** `(?:a|b|c)` from one alternative per entry, so long phrase lists read one per line. */
export function anyOf(...alternatives: string[]): string {
  return `(?:${alternatives.join('|')})`;
}

export const YOU = String.raw`(?:you|u|ya|yu|yourself|urself|you're|youre|ur|@user)`;
export const YOUR = String.raw`(?:your|ur|yo|you're|youre)`;
export const NEGATION = rx(String.raw`\b(?:not|never|no|n't|nobody|no one|noone|nothing|wouldn't|won't|wont|don't|dont|didn't|can't|cannot|isn't|stop)\b`);
/** Verbs of violence, for the threat patterns and for spelling repair (spelling.ts). */
export const VIOLENT_VERBS = [
  'kill', 'murder', 'stab', 'shoot', 'hurt', 'rape', 'strangle', 'choke', 'burn', 'behead', 'decapitate', 'slit', 'torture', 'slaughter',
  'butcher', 'drown', 'hang', 'lynch', 'beat', 'bash', 'smash', 'break', 'cut', 'gut', 'skin', 'bury', 'shank', 'attack', 'assault', 'end',
  'execute', 'castrate', 'mutilate', 'kidnap',
];
export const VIOLENT = `(?:${VIOLENT_VERBS.join('|')})`;

/** Reporting, quoting and condemning: the words of someone showing abuse, not doing it. */
export const COUNTER_SPEECH = rx(
  String.raw`\b(?:said|says|(?<!\bjust )saying|just saying(?= (?:the|that|it|this|what|words|how)\b)|called me|calling me|call me|told me|tells me|telling me|wrote|writes|sent me|messaged me|dm'?d me|got a dm|replied|commented|(?:people|someone|they|trolls|accounts|bots) (?:are |is |keep |keeps )?(?:commenting|spamming|replying)|posted|posting|calls? (?:my|our) \w+|quote|quoting|reported|reporting|report this|screenshot\w*|not ok|not okay|unacceptable|stop saying|don't say|never say|shouldn't say|wrong to say|is a slur|are slurs|the word|this kind of|people like this|why do people|got called|get called|getting called|been called|was called|were called|keeps? calling|called (?:him|her|them|us|my \w+)|calling (?:her|him|them|us)|(?<!\b(?:i|we) )(?:yelled|shouted|screamed|hissed) \S+(?: \S+)? at (?:me|us|him|her|them|my \w+|our \w+)|posting this so|(?:have to|has to|had to) deal with|reply to|replies like|(?:statements|comments|posts|tweets|messages|phrases|remarks|jokes|slogans|chants) like|stop pretending|(?:is|are|was)(?:n't| not| never)(?:,? ever)? (?:a )?(?:acceptable|ok|okay|fine|funny|a joke|an excuse|harmless|banter)|never(?:,? ever)? (?:acceptable|ok|okay|funny)|report button|take (?:this|it) seriously)\b`,
);
/** Words that condemn what is quoted: with a quotation, the mark of counter-speech. */
export const CONDEMNATION = rx(
  String.raw`\b(?:bigot\w*|racis[mt]\w*|sexis[mt]\w*|homophob\w*|transphob\w*|misogyn\w*|islamophob\w*|antisemit\w*|xenophob\w*|ableis[mt]\w*|eugenic\w*|trope\w*|(?:a|an \w+|the) (?:lie|myth)|hateful|hate speech|harass\w*|disgusting|vile|gross|unacceptable|not ok|not okay|shame on|blocked|reported|reporting|not a debate|is wrong|so wrong|bullying|abuse|abusive|dehumaniz\w*|dehumanis\w*|prejudice\w*|stereotyp\w*|talking points?|tired of|sick of|call it out|calling it out|log off|not (?:a )?(?:harmless|funny|a joke|an excuse|okay|ok|cool)|sextortion|a crime|the police|warning to|cruel|ashamed|shameful|heartless|zero tolerance|(?:will be|get|gets|getting|got) (?:blocked|banned)|good riddance|(?:has|have|needs?) to stop|must stop|block and report|report (?:it|them|him|her|this|and block)|report (?:it |them |him |her |this |the \w+ )?to (?:the )?(?:police|cops|platform|mods|moderators|admins|site)|don't engage|do not engage)\b`,
);
// Double quotes, or single quotes that open after a non-letter and close before one, so that
// apostrophes ("don't", "the kids' bus") are not taken for quotation marks.
const QUOTED = /["“”«»„]([^"“”«»„]{3,})["“”«»„]|(?<!\w)['‘]((?:[^'‘’\n]|(?<=\w)['’](?=\w)){3,}?)['’](?!\w)/g;

/** The text with every quotation replaced by a neutral marker: the author's own words. */
export function withoutQuotes(text: string): string {
  return text.replace(QUOTED, '"…"');
}

export function hasQuote(text: string): boolean {
  return text.search(QUOTED) >= 0;
}

/** True when [start, end) of `text` sits inside quotation marks. */
export function insideQuotes(text: string, start: number, end: number): boolean {
  for (const m of text.matchAll(QUOTED)) {
    const qs = m.index ?? 0;
    if (start >= qs && end <= qs + m[0].length) return true;
  }
  return false;
}

// Eagerness ("can't wait to …") and intensifiers ("nothing but vermin", "no better than rats")
// look like negations and are not.
const EAGER = /\b(?:(?:can'?t|cannot|couldn'?t) wait|nothing but|no better than|none other than|nothing more than|no more than)\b/g;

/** True when a negation stands in the few words before `start` or inside the match itself. */
export function negatedAt(text: string, start: number, matched: string): boolean {
  // Only the clause the match sits in: in "you're not 'outspoken', you're a cow" the "not" belongs
  // to the first clause and must not cancel the second.
  const window = text.slice(Math.max(0, start - 28), start);
  // "can't wait to …" is eagerness, "nothing but …" emphasis: neither is a negation.
  const before = window.slice(window.search(/[,.;!?:][^,.;!?:]*$/) + 1).replace(EAGER, '');
  return NEGATION.test(before) || NEGATION.test(matched.replace(EAGER, ''));
}

/**
 * The author denies a hateful claim ("X are not vermin", "I don't hate X", "no one deserves …").
 * The model reads the hateful words and misses the negation, so the decision discounts it.
 * Deliberately narrow: "are not human" or "are not welcome" stay out, because they are hateful.
 */
/** Claims that hateful talk makes about a group or a person: what a denial denies. */
const STEREOTYPE = anyOf(
  'animals', 'vermin', 'scum', 'disgusting', 'inferior', 'subhuman', 'trash', 'rats', 'parasites', 'criminals', 'terrorists', 'rapists',
  'confused', 'a phase', 'mentally ill', 'sick', 'evil', 'dirty', 'stupid', 'a disease', 'a threat', 'dangerous', 'lesser', 'stealing',
  '(?:taking|to take|coming to take|stealing) (?:our |your |the )?jobs', 'worse', 'weaker', 'dumber', 'less (?:intelligent|capable|able)', 'lazy', 'thieves', 'useless', 'violent',
  'controlling', 'in control of', 'control', 'running', 'a burden', 'broken', 'freaks', 'perverts', 'predators', 'groomers', 'invaders',
  'invading', 'ruining', 'destroying', 'to blame', 'the problem', 'the enemy', 'a danger', 'bigots', 'extremists', 'worthless',
  'ugly', 'a failure', 'a loser', 'too \\w+ to', 'thugs?', 'cockroach(?:es)?', 'roaches', 'pests', 'leeches', 'savages', 'apes', 'beasts', 'filth', 'garbage', 'degenerates', 'abominations', 'an invasion', 'a plague', 'an infestation', 'a virus', 'a cancer',
  'diseased', 'less human', 'less than human',
);

/**
 * The author denies a hateful claim ("X are not vermin", "I've never believed X are a threat",
 * "it's not true that X are lazy", "no one deserves …"), or tells the reader not to believe one
 * ("don't let anyone tell you you're too fat to dance"). The model reads the hateful words and
 * misses the negation, so the decision discounts it. Deliberately narrow: "are not human" or
 * "are not welcome" stay out, because they are hateful.
 */
export const NEGATED_HATE = rx(
  [
    // "I would never hurt a refugee": the denial of a threat (a threat rule hit next to it still counts)
    String.raw`\b(?:i|we) (?:don't|do not|never|would never|will never|could never) (?:hate|despise|loathe|want to hurt|wish harm on|hurt|harm|attack|hit|threaten)\b`,
    // "X are not …", and a person contracted: "she's / you're / I'm not stupid for asking" (not "it's
    // not fair to …", a frame hate uses)
    String.raw`\b(?:are|is|were|was|am|(?:you|she|he|i|they|we)'(?:s|re|m))(?: not|n't)(?: all)? (?:\w+ ){0,2}${STEREOTYPE}\b`,
    String.raw`\b(?:don't|do not|never|no longer|have never|'ve never|would never|'d never|no way i'?d ever|not going to|not gonna|won't|will not|refuse to) (?:\w+ )?(?:think|thought|believe|believed|buy|accept|say|said|claim|claimed|pretend|agree)(?: for (?:a|one) (?:second|minute|moment))?(?: that)? (?:\w+ ){1,3}(?:are|is|were) (?:\w+ ){0,2}${STEREOTYPE}\b`,
    // "not every X in a hoodie is a thug", "not all X are Y"
    String.raw`\bnot (?:every|all|each) (?:\w+ ){1,6}(?:is|are) (?:\w+ ){0,2}${STEREOTYPE}\b`,
    // "being bi doesn't mean being greedy", "women belong wherever they want to be"
    String.raw`\bbeing (?:\w+ ){1,2}(?:does|do)(?: not|n't) (?:mean|make)\b`,
    String.raw`\bbelongs? wherever (?:they|she|he|we|you) (?:want|wants|like|likes|choose|chooses)\b`,
    // "no religion makes a person evil"
    String.raw`\bno (?:religion|faith|race|skin colou?r|colou?r|gender|nationality|ethnicity|sexuality|disability|accent|country|culture|group) (?:makes|turns) (?:a person|someone|anyone|you|people|a human)\b`,
    String.raw`\b(?:not true|isn't true|is untrue|a myth|a lie|false|nonsense|a lazy trope|a trope|a stereotype) that (?:\w+ ){1,3}(?:are|is|were) (?:\w+ ){0,2}${STEREOTYPE}\b`,
    String.raw`\b(?:no|nobody|no one)(?: \w+)? (?:deserves?|should (?:be|get)) (?:to be |to get )?(?:hated|killed|attacked|harassed|treated like|told|hit|beaten|hurt|abused|bullied|threatened|raped|called|doxx?ed|stalked|exposed|leaked)\b`,
    String.raw`\b(?:no|nobody|no one)(?: \w+)? deserves? to have (?:their|his|her|your|my) (?:\w+ ){0,2}(?:leaked|shared|posted|exposed|stolen|spread|published)\b`,
    // "it's not weak for a man to go to therapy", "it isn't shameful to ask for help"
    String.raw`\b(?:is|it's|its)(?: not| never|n't) (?:weak|shameful|unmanly|unnatural|wrong|a sin|a crime|embarrassing|gross|abnormal) (?:for|to)\b`,
    // "it is never okay to tell someone to kill themselves"
    String.raw`\b(?:is|it's|its)(?: not| never|n't)(?:,? ever)? (?:ok|okay|acceptable|alright|fine|cool|funny) to (?:tell|call|say|threaten|wish|send|post|share|leak|harass|attack|hurt|bully|mock|dox)\b`,
    String.raw`\b(?:nobody|no one) (?:should|gets to|has the right to) (?:call|tell|make) (?:you|u|anyone|them|her|him|\w+ people|\w+s)\b`,
    String.raw`\bdon't let (?:anyone|anybody|them|people|those people) (?:tell|call|make) (?:you|u)\b`,
    // "you don't deserve this hate", "refugees don't deserve any of this abuse"
    String.raw`\b(?:you|u|they|she|he|we|people|folks|\w+s) (?:don't|do not|didn't|did not|doesn't|does not) deserve (?:any of |all of )?(?:the|this|that|any|all|such) (?:hate|hatred|abuse|harassment|bullying|comments|messages|vitriol|racism|bigotry)\b`,
  ].join('|'),
);

/**
 * Violent words used figuratively about the author's own day or someone's success ("this traffic
 * will be the death of me", "she killed it on stage", "I could murder a pizza"). The model reads the
 * violent word; the decision discounts its reading, as for a denied claim.
 */
export const FIGURATIVE = rx(
  [
    String.raw`\b(?:the death of me|killing me|killed me|kill me now|i'?m dead|i'?m dying|dying (?:of laughter|laughing|to (?:see|know|try|hear|go|get))|died laughing)\b`,
    String.raw`\b(?:absolutely |totally |completely |just )?(?:killed|murdered|slayed|slew|destroyed|crushed|smashed|nailed) (?:it|that|this|the (?:set|show|stage|game|exam|test|interview|performance|solo|audition|presentation|race|marathon))\b`,
    String.raw`\b(?:killed|murdered|slayed|bombed) (?:on|at) (?:stage|the show|open mic|karaoke)\b`,
    String.raw`\b(?:could|would|i'?d|going to|gonna|about to) (?:murder|kill|destroy|demolish|commit crimes) (?:for )?(?:a|an|some|the|this|that) (?:\w+ )?(?:pizza|burger|coffee|beer|pint|drink|curry|kebab|nap|sandwich|tea|cake|taco|steak|chocolate|sleep|roast|dinner|lunch|breakfast|meal|fry-?up|buffet|takeaway)\b`,
  ].join('|'),
);

/**
 * Frames that report words aimed at the author ("got called a …", "he told me to …") or tell
 * people to stop using them ("stop calling them …"). The words after such a frame, up to the end of
 * its clause, are someone else's: a victim describing abuse, or a bystander condemning it.
 */
const REPORTED_FRAME = new RegExp(
  '\\b' +
    anyOf(
      // a victim reporting: "got called …", "he told me to …"
      '(?:got|get|gets|getting|been|was|were|being) called',
      '(?:called|calling|call|calls) me',
      'keeps? calling (?:me|us)',
      '(?:told|tells|telling) me(?: to| that)?',
      // someone else reporting what a third party called a person ("kids called him …"); not "I called him"
      '(?<!\\b(?:i|we) )called (?:him|her|them|us|my \\w+|our \\w+)',
      '(?<!\\b(?:i|we) )(?:calls|calling) (?:my|our) \\w+',
      // the same in the present: "kids at school call him …" (a subject, so not the order "call him …")
      '(?:they|people|kids|boys|girls|men|guys|others|classmates|trolls|he|she)(?: (?!should|must|need|needs|to|go|gotta|all|will|can)\\w+){0,3} (?:call|calls|keep calling|kept calling) (?:him|her|them|us|my \\w+|our \\w+)',
      // "they called the new coach …", "the troll who called you …"
      '(?<!\\b(?:i|we) )called (?:the|that|this) (?:\\w+ ){0,2}\\w+(?= (?:a|an)\\b)',
      '(?:who|that) (?:called|calls|keeps calling) (?:you|u|him|her|them)',
      // someone else's words as reported speech: "the guy yelled that …", "someone spray-painted …"
      '(?<!\\b(?:i|we) )(?:yelled|shouted|screamed|hissed|muttered)(?: at (?:me|us|her|him|them|my \\w+))? that',
      '(?:spray-?painted|graffitied|scrawled)',
      // "the man who screamed [slur] at my brother": the shouted word, not the author's
      '(?<!\\b(?:i|we) )(?:yelled|shouted|screamed|hissed|spat)(?= \\S+(?: \\S+)? at (?:me|us|him|her|them|my \\w+|our \\w+)\\b)',
      // "the guy calling her …", "when people say …", "tired of hearing that …"
      "(?<!\\b(?:i'm|im|i am|we're|we are) )calling (?:her|him|them)",
      '(?:when|whenever) (?:people|someone|somebody|they|men|folks|trolls) (?:say|says|post|posts|write|writes|claim|claims|tell you)(?: that)?',
      '(?:tired|sick) of (?:hearing|reading|people saying)(?: that)?',
      // telling people to stop: "stop calling them …", "don't say …"
      '(?:stop|quit) (?:calling|saying)',
      "(?:don'?t|do not|never) (?:call|say)",
      '(?:nobody|no one|no-one) (?:should|gets to|has the right to) (?:call|tell)',
      '(?:stop|quit) telling (?:people|them|her|him|us|me|kids)(?: that| to)?',
      // describing what others post: "people commenting …", "a bot ring spamming …"
      '(?:people|someone|somebody|they|trolls|accounts|bots|users|guys|men|kids|folks|ring|account|troll|bot)(?: (?:are|is|keeps?|kept|keep on))? (?:commenting|posting|spamming|replying|tweeting|dming|messaging|writing|sending)(?=\\s+(?!(?:on|in|under|to|about|at|from|with|for|this|these|those|the|their|his|her|my|our|your|it)\\b))',
    ) +
    '\\s+',
  'gi',
);
/**
 * A claim held up as a hypothesis to be rejected: "how can anyone believe …", "if you think …",
 * "anyone who says …", "you can't go around saying …". Only hostile claims about a group count
 * (the caller decides): "if you think you can be a bitch, I can be a bigger one" is an insult of
 * its own, and "how can anyone believe gay people are normal?" rejects a kind claim, which is hate.
 * An endorsement after it ("… you're right", "… is correct") makes the claim the author's.
 */
const HYPOTHESIS_FRAME = new RegExp(
  '\\b' +
    anyOf(
      "how (?:can|could|do|does|dare) (?:anyone|anybody|people|you|u|someone|they)(?: \\w+)? (?:still |seriously |honestly |actually |really )?(?:believe|think|say|claim|pretend)(?: that)?",
      'if (?:you|u|anyone|someone|people) (?:really |honestly |seriously |still |genuinely |actually )?(?:think|believe|say|feel|claim)(?: that)?',
      '(?:anyone|anybody|people|those|someone|whoever|folks|men) (?:who|that) (?:thinks?|believes?|says?|claims?)(?: that)?',
    ) +
    '\\s+',
  'gi',
);
/** A ban on saying it: "you can't just go around saying X should die". Its claim runs to the end of the sentence. */
const BAN_FRAME = /\b(?:can'?t|cannot|shouldn'?t|should not|mustn'?t|must not) (?:just )?(?:go around |keep )?(?:saying|calling|claiming)(?: that)?\s+/gi;
const SENTENCE_END = /[.!?;:\n]|\s(?:and|but|because|so)\b/gi;

/** Agreement after a claim, which makes it the author's: "if you think X are vermin, you're right". */
// Written to match squeezed text too ("corect", "agre"): the rules read it that way.
export const ENDORSED = /\b(?:(?:you're|you are|ur|u r|is|are|they're|he's|she's) (?:\w+ )?(?:right|cor+ect|spot on|not wrong|onto something|based)|(?:i|we) (?:\w+ )?agre+|facts|100 ?%)/i;

/** Where a reported complement ends: the end of its clause, or a conjunction starting a new one. */
// "anyone who says X should be …": what the sayer is told or wished starts a new clause too.
const CLAUSE_END = /[.!?;:,\n]|\s(?:and|but|because|cause|cuz|so|then|while|or|unless|if|who|which|should|must|needs? to|deserves?)\b/i;

/**
 * The text with the reported words after each frame replaced by the quotation marker, for the
 * model: "i got called a [slur] at school today" is read as "i got called "…" at school today".
 * Only the clause after the frame goes, so abuse the author adds ("…, you freak") stays. A
 * hypothesis ("if you think …") goes only when `aboutGroup` says its clause is about a group.
 */
export function withoutReported(text: string, aboutGroup: (clause: string) => boolean = () => false): string {
  // At most 200 frames of each kind: a page can repeat one 3,000 times, and each costs a clause scan.
  const frames = [
    ...[...text.matchAll(REPORTED_FRAME)].slice(0, 200).map((m) => ({ m, hypothesis: false, ban: false })),
    ...[...text.matchAll(HYPOTHESIS_FRAME)].slice(0, 200).map((m) => ({ m, hypothesis: true, ban: false })),
    ...[...text.matchAll(BAN_FRAME)].slice(0, 200).map((m) => ({ m, hypothesis: true, ban: true })),
  ].sort((a, b) => (a.m.index ?? 0) - (b.m.index ?? 0));
  const clauseEnd = new RegExp(CLAUSE_END.source, 'gi');
  let out = '';
  let from = 0;
  for (const { m, hypothesis, ban } of frames) {
    const start = (m.index ?? 0) + m[0].length;
    if (start < from) continue;
    const stop = ban ? SENTENCE_END : clauseEnd;
    stop.lastIndex = start;
    const end = stop.exec(text)?.index ?? text.length;
    if (end === start) continue;
    if (hypothesis && (!aboutGroup(text.slice(start, end)) || ENDORSED.test(text.slice(start, end + 60)))) continue;
    out += text.slice(from, start) + '"…"';
    from = end;
  }
  return out + text.slice(from);
}
