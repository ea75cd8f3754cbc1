import { VIOLENT, YOU, YOUR, anyOf, rx } from '../patterns';

/**
 * Threat phrases. Rules run on normalised, lower-cased, letter-squeezed text (see patterns.ts), so
 * every phrase is written in plain lower-case English.
 */

const BODY = anyOf(
  'face', 'head', 'throat', 'neck', 'skull', 'jaw', 'nose', 'teeth', 'ribs', 'bones', 'knees?', 'fingers', 'legs?', 'arms?',
  'kids?', 'children', 'family', 'wife', 'husband', 'house', 'car', 'dog', 'cat',
);
const WILL = anyOf(
  'going to', 'gonna', 'gona', 'will', 'wil', "'ll", 'll', 'shall', 'want to', 'wanna', 'am going to', "'m going to", "'m gonna",
  "'d love to", 'would love to',
);

/** Implied menace: no violent verb, but an unmistakable promise of harm. */
const MENACE = anyOf(
  'watch your back',
  'sleep with one eye open',
  String.raw`you(?:'re| are| r) (?:dead meat|next|a dead (?:man|woman))`,
  'your days are numbered',
  "i'll be waiting for you",
  "(?:we|we're|we are|i'm|i am) coming for you",
  'coming to your house',
  'put (?:a|one) bullet in',
  '(?:put|putting|puts) (?:you|u) in (?:the |a )?(?:hospital|ground|grave|coma|wheelchair)',
  // a call to bring what burns or shoots: "bring gasoline"
  '(?:bring|grab|pack) (?:the |some |your |a )?(?:gasoline|petrol|lighter fluid|molotovs?|torches and pitchforks|pitchforks|guns|rifles|ammo)',
  // a visit announced to a place or a person, not from someone: "is getting a visit this weekend"
  '(?:getting|get|gets|gonna get|going to get|about to get|due) a (?:little |special |surprise |late night )?visit (?:this|tonight|tomorrow|soon|next|very soon)',
  "(?:be a|be a real|would be a|it'd be a|it would be a) shame if",
  'shame if something (?:happened|happens|were to happen) to',
  'accidents happen',
  // "your car's gonna be on fire tonight"
  String.raw`${YOUR} (?:car|house|home|flat|shop|place|office|garage|door|windows?)(?:'s| is| are|'re)? (?:gonna|going to|will|might|could) (?:be on fire|burn(?: down| to the ground)?|catch fire|go up in flames|get torched|get burned|get smashed|get bricked)(?= *[.!?,]| *$| tonight| tomorrow| soon| one night| when| while| if| unless| lol)`,
  "when (?:i'?m|i am|we'?re|we are) (?:done|finished|through) with (?:you|u)",
  'like hospital food',
  'leav(?:e|ing) in an? (?:ambulance|body bag|coffin)',
  '(?:enjoy|count) your last (?:few )?(?:days|weeks|months|nights)',
  '(?:string|strung) (?:him|her|them|you|u) up',
  String.raw`(?:we're|we are|i'm|i am) coming\b`,
  'sleep with the fishes',
  '(?:will|gonna|is going to|might|may|could|would) be (?:your|ur) last(?: (?:day|night|walk|run|drive|breath|birthday|christmas|summer|week|weekend))?(?= *[.!?,]| *$)',
  // "if you testify you won't make it to tuesday": survival to a day or an event denied
  String.raw`${YOU} (?:won't|wont|will not|aren't going to|are not going to|ain't gonna) (?:make it|live|last|survive) (?:to|till|until|past|through) (?:\w+ )?(?:tomorrow|tonight|morning|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|next week|christmas|(?:your|ur) (?:next )?birthday|the trial|court|the hearing)(?! on time| in time| by| before| if the| because| with)`,
  String.raw`${YOU} (?:won't|wont|will not) live to see (?:tomorrow|another day|the (?:morning|weekend|end of the (?:week|month|year))|(?:your|ur) (?:next )?birthday|christmas|next (?:week|year)|your (?:kids|children) grow)`,
  // a crowd armed for a place or a group: "go down to the march with baseball bats and teach them a lesson"
  String.raw`with (?:\w+ ){0,2}(?:bats|baseball bats|crowbars|bricks|pipes|chains|knives|machetes|clubs|torches|pitchforks|guns)\b[^.!?]{0,60}\b(?:teach (?:them|him|her|you|u|those \w+) a lesson|show (?:them|him|her|those \w+) what|deal with (?:them|him|her|those \w+))`,
  'what happens to (?:snitches|people like you|girls like you|guys like you)',
  // waiting, weapons brought along, "one of these days", arson and accidents as "funny"
  "(?:i'?ll|i will|we'?ll|we will|someone'?ll|someone will) be waiting (?:for (?:you|u)|outside|next to|by|behind|at|when)",
  '(?:bringing|bring|taking|packing) (?:my|a|the) (?:gun|knife|blade|machete|rifle|shotgun|crowbar|axe) (?:to|for) (?:your|you|u)',
  "one of these (?:days|mornings|nights|evenings)(?:,)? (?:i'?ll|i will|we'?ll|we will|someone'?ll|someone will|you'?ll|you will)",
  'funny how (?:\\w+ ){0,8}(?:catch(?:es|ing)? fire|burn(?:s)? down|get(?:s)? hurt|ha(?:ve|s) (?:an )?accidents?|end(?:s)? up (?:dead|hurt|in hospital))',
);

export const THREATS: [string, RegExp][] = [
  ['first-person-violence', rx(String.raw`\bi(?:'m|m| am)? ?${WILL}(?: \w+){0,3} ${VIOLENT}\w*(?: \w+){0,4} ${YOU}\b`)],
  ['first-person-violence-your', rx(String.raw`\bi(?:'m|m| am)? ?(?:going to|gonna|will|'ll|ll|shall|want to|wanna)(?: \w+){0,2} ${VIOLENT}\w* ${YOUR} (?:\w+ )?${BODY}\b`)],
  [
    'you-will-die',
    rx(
      String.raw`\b${YOU} (?:are |r |re |'re |will |'ll |ll |is )?(?:going to|gonna|gona|will) (?:die|be dead|bleed|be found (?:dead|in a ditch|in pieces)|get (?:hurt|raped|shot|stabbed|killed|beaten|what's coming|what is coming))\b` +
        String.raw`|\b${YOU}(?:'ll| will) be found (?:dead|in a ditch|in pieces)\b`,
    ),
  ],
  ['know-where-you-live', rx(String.raw`\b(?:i|we) know where ${YOU} (?:live|work|sleep|go to school|study|park)\b`)],
  ['menace', rx(String.raw`\b${MENACE}\b`)],
  ['self-harm-incitement', rx(String.raw`\b(?:kill|hang|shoot|neck) (?:yourself|urself|yourselves|your self)\b|\bkys\b|\bgo die\b|\bdrink bleach\b`)],
  [
    'wish-harm',
    rx(
      String.raw`\b(?:i )?hope (?:you|u) (?:die|get raped|get hit by|get cancer|burn|get shot|get stabbed|get killed|rot)\b` +
        String.raw`|\bhope (?:someone|somebody) (?:kills|shoots|stabs|rapes|runs over|runs|beats|hurts) (?:you|u)\b` +
        String.raw`|\b${YOU} (?:should|deserve to|ought to|need to) (?:die|be (?:killed|raped|shot|hanged|hung|beaten|stabbed|lynched))\b`,
    ),
  ],
  [
    'group-extermination',
    rx(
      String.raw`\b(?:should|must|need to|needs to|deserves? to|ought to|have to) (?:all )?(?:be )?(?:die|hang|swing|killed|exterminated|gassed|shot|hanged|hung|lynched|wiped out|eradicated|burned|deported and shot)\b`,
    ),
  ],
];
