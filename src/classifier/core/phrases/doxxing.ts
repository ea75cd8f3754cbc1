import { anyOf, rx } from '../patterns';

/**
 * Doxxing phrases: personal data, whereabouts, and the calls to act that turn them into a threat.
 * Written for normalised, lower-cased, letter-squeezed text (see patterns.ts).
 */

const STREET_TYPE = anyOf(
  'street', 'st', 'avenue', 'ave', 'road', 'rd', 'lane', 'ln', 'boulevard', 'blvd', 'drive', 'dr', 'way', 'court', 'ct', 'place',
  'pl', 'terrace', 'close', 'crescent', 'square', 'sq', 'grove', 'gardens', 'row', 'mews', 'parade', 'highway', 'hwy', 'walk',
  'rise', 'strasse', 'straße',
);

// Bounded repeats: unbounded ones backtrack over a long run of letters or digits once per starting
// position, and 200 kB of spaced letters (joined into one word) took 18 s in the e-mail pattern.
export const CONTACT = {
  phone: /(?:\+?\d[\d\s().-]{5,24}\d)/g,
  email: /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}/,
  address: rx(String.raw`\b\d{1,5}[a-z]? (?:[a-z]+ ){1,3}${STREET_TYPE}\b`),
  lives: rx(
    String.raw`\b(?:lives|living|stays|staying|works|working) (?:at|on|in) (?:the \w+ (?:at|on) )?\d|\b(?:home|house) address\b|\bwhere (?:he|she|they|the \w+) (?:lives?|works?|sleeps?):`,
  ),
};

/** A car or a way in: specific enough to point at one person even when no one is named. */
const VEHICLE_OR_DOOR = String.raw`\b(?:plate|number plate|licen[cs]e plate|reg number|door code|gate code|parked (?:on|at|outside)|drives a)\b`;
export const VEHICLE_OR_DOOR_RX = rx(VEHICLE_OR_DOOR);

/**
 * Where a third person can be found: home, work, school, routine, car. Weaker than a street
 * address, so on its own it counts only together with a third person and a call to the crowd.
 */
const DAYS = String.raw`(?:day|morning|evening|night|weekday|weeknight|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?`;
/**
 * Someone else's routine, told with its time: "leaves the library at 6:15 every thursday", "jogs the
 * canal path at 5am every day". The verb's -s names a third person, not the author's own routine.
 */
const ROUTINE = String.raw`(?<!\b(?:bus|train|tram|ferry|boat|flight|plane|shop|store|bakery|cafe|library|gym|pool|market|office|class|show|service|match|game|store|bar|pub|club|parade|march|procession|market|service|event|race|tour|it|that|this) )(?<!\b(?:my|our) \w+ )\b(?:leaves|jogs|walks|runs|cycles|rides|drives|arrives|finishes|gets (?:off|out|in)|locks up|opens up|closes up|goes|heads|takes)\b[^.!?]{0,60}\b(?:at|around|by|about) \d{1,2}(?:[:.]\d\d)? ?(?:am|pm)?\b[^.!?]{0,20}\b(?:every|each|on) ${DAYS}|(?<!\b(?:bus|train|tram|ferry|boat|flight|plane|shop|store|bakery|cafe|library|gym|pool|market|office|class|show|service|match|game|store|bar|pub|club|parade|march|procession|market|service|event|race|tour|it|that|this) )(?<!\b(?:my|our) \w+ )\b(?:leaves|jogs|walks|runs|cycles|rides|drives|arrives|finishes|gets (?:off|out|in)|locks up|opens up|closes up|goes|heads|takes)\b[^.!?]{0,60}\b(?:every|each) ${DAYS} (?:at|around|by|about) \d{1,2}(?:[:.]\d\d)? ?(?:am|pm)?\b`;
export const ROUTINE_RX = rx(ROUTINE);

export const WHEREABOUTS = rx(
  [
    String.raw`\b(?:lives?|living|stays|works?|working|drops? (?:\w+ )?(?:\w+ )?off|picks? (?:\w+ )?(?:\w+ )?up) (?:\w+ ){0,3}(?:at|on|in|above|below|next to|near|opposite|behind|there|here)\b`,
    VEHICLE_OR_DOOR,
    String.raw`\b(?:his|her|their|\w+'s) (?:kids?|son|daughter|children|sister|brother) (?:\w+ )?(?:goes|go|attends?) to\b`,
    String.raw`\b(?:his|her|their|\w+'s) (?:\w+ )?(?:\w+'s )?${anyOf(
      'school', 'office', 'workplace', 'gym', 'apartment', 'flat', 'house', 'home', 'address', 'schedule', 'routine', 'route',
      'commute', 'shift', 'car', 'number', 'phone', 'email', 'insta', 'instagram', 'facebook', 'linkedin', 'dorm', 'college',
      'uni', 'campus', 'classes', 'desk', 'building', 'hotel', 'parents',
    )}\b`,
    String.raw`\b(?:school|office|gym|apartment|flat|house) (?:his|her|their) \w+ (?:go|goes|works?|lives?)\b`,
    // "goes to Westbrook Academy, year 10", "gets the 62 bus at 3:20", "parks behind the science block"
    String.raw`(?<!\b(?:my|our) \w+ )\bgoes to (?:\w+ ){1,2}(?:academy|school|high|college|primary|uni|university)\b`,
    String.raw`\b(?:gets|takes|catches) the (?:\d+ )?(?:bus|train|tram)\b`,
    String.raw`\bparks (?:behind|outside|next to|in front of|at|on)\b`,
    // "drops his daughter at …", "every weekday at 8:15", "she's there Tues/Thurs 6pm": a routine
    String.raw`\bdrops? (?:his|her|their) (?:\w+ )?(?:kids?|son|daughter|children|boy|girl|wife|husband|partner) (?:off )?at\b`,
    String.raw`\bevery (?:day|morning|evening|night|weekday|weeknight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s? (?:(?:at|around|about|from|by) )?\d{1,2}(?:[:.]\d\d)? ?(?:am|pm)?\b`,
    ROUTINE,
    String.raw`\b(?:he|she|they)(?:'s| is|'re| are) (?:there|in|at \w+) (?:on |every )?(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)`,
  ].join('|'),
);

export const THIRD_PERSON = rx(
  String.raw`\b(?:he|him|his|she|her|hers|(?:this|that|the) ${anyOf(
    'guy', 'man', 'woman', 'girl', 'boy', 'lady', 'dude', 'bloke', 'lad', 'kid', 'teacher', 'nurse', 'judge', 'reporter', 'journalist',
    'streamer', 'mod', 'admin', 'councillor', 'cop', 'doctor', 'bitch', 'idiot', 'clown', 'creep', 'loser', 'account',
  )})\b`,
);

/** Kind words turned into menace: "a welcome party he won't forget", "give him a warm welcome". */
export const MENACING_KINDNESS = rx(
  String.raw`\b(?:won't|will never|wont|never) forget\b|\bteach (?:him|her|them) a lesson\b|\b(?:a |an )?(?:warm|proper|nice|real|special|big|lovely) welcome\b|\bmake (?:him|her|them) feel (?:welcome|at home)\b`,
);

/** "Everyone send her a card": the crowd is invited to be kind. */
export const KIND_INTENT = rx(
  String.raw`\b${anyOf(
    'birthday', String.raw`congrat\w*`, 'get well', 'cards?', 'flowers', 'gifts?', 'presents?', 'welcome', String.raw`thank\w*`,
    'condolences', 'sympathy', 'lost (?:cat|dog|pet)', 'missing (?:cat|dog|pet)', 'fundraiser', 'donate', 'donations', String.raw`volunteer\w*`,
  )}\b`,
);

/** An invitation to a crowd to act, however phrased ("road trip anyone?", "keep calling", "be there"). */
export const CROWD_CALL = rx(
  [
    String.raw`\b(?:anyone|everyone|everybody|somebody|someone|people|y'?all|all of you|a few of us|we all)(?: \w+)? ${anyOf(
      'should', 'go', 'call', 'text', 'email', 'visit', 'send', 'tell', 'show', 'turn', 'make', 'get', 'drop', 'pop', 'have', 'give',
      'confront', 'near', 'wait', 'wants?', 'fancies', 'feels like',
    )}\b`,
    String.raw`\b(?:anyone|anybody) ?\?`,
    String.raw`\bjust (?:saying|putting it out there|so you all know|fyi)\b`,
    // a routine, then the insinuation: "… at 5am every day. alone."
    String.raw`\b(?:alone|all alone|no one (?:else )?around)(?= ?[.!?…]| ?$)`,
    String.raw`\bfor anyone (?:interested|curious|who cares|wondering)\b(?! in (?!(?:him|her|them|meeting|finding|visiting|saying hi)\b))`,
    String.raw`\b(?:anyone|anybody|who'?s) (?:close|near|nearby|around|local)\b`,
    String.raw`\b(?:i'?m )?not saying anything(?:,)? (?:but|just)\b`,
    String.raw`\b(?:you'?ll|you will|u'?ll) (?:spot|recogni[sz]e|find|know) (?:her|him|them)\b`,
    String.raw`\bputting (?:it|this|that) out there\b`,
    String.raw`\b(?:easy to (?:find|catch|spot)(?= ?[.!?]|$)|easy target|you know where to find|you didn't hear (?:it|this) from me|do with (?:that|this) what you will|can't miss (?:him|her|them|it))\b`,
    String.raw`\b(?:a|have a) word with (?:him|her|them)\b`,
    String.raw`\b${anyOf(
      'we should', "let'?s", 'lets', 'road trip', 'be there', 'show up', 'turn up',
      'go (?:and )?(?:have|say|see|visit|find|get|knock|confront|wait|tell|give|make|remind|ask)',
      'keep (?:calling|texting|emailing|ringing|messaging|visiting|posting)',
      'keep (?:the|those) (?:calls|texts|messages|emails|dms|visits) coming',
      'make sure', 'should know', 'deserve to know', 'confront', 'say hi', 'have a word',
      'outside (?:his|her|their) (?:house|home|door|flat|work|office|school)',
      'regret', 'make (?:him|her|them) feel (?:welcome|at home)', 'spread (?:this|it|the word)', 'share (?:this|it) (?:everywhere|widely)', 'boost this',
      'send (?:this|that) (?:man|guy|woman|girl)', 'ruin (?:his|her|their)', "(?:would|wouldn't it) be funny", 'would be a shame',
    )}\b`,
  ].join('|'),
);

/** A call to act on someone's data: aimed at a third person, or an open invitation to a crowd. */
export const CALL_TO_ACT = rx(
  String.raw`\b${anyOf(
    '(?:call|text|ring|message|dm|email|e-mail|mail|spam|flood|visit|find|tell|remind|harass) (?:him|her|them|this (?:guy|girl|woman|man|bitch|idiot|clown))',
    'everyone (?:call|text|email|go|visit|spam|say hi|send)',
    'show up',
    'pay (?:him|her|them|a) (?:a )?visit',
    'go (?:get|knock|say hi)',
    'swat',
    'let (?:him|her|them) know',
    '(?:ask|find|catch|meet|visit|confront) (?:him|her|them) there',
    // "posting his details since he won't apologise: …" (with a contact detail, the rule's other half)
    '(?:posting|leaking|dropping|sharing|here are|here is|here\'s) (?:his|her|their) (?:details|info|information|address|home address|number|personal details|dox)',
    'make (?:him|her|them) (?:pay|regret|suffer)',
    'make (?:his|her|their) (?:day|life|week) (?:hell|miserable)',
    'send (?:him|her|them)',
    'let (?:him|her|them) hear (?:from|about|it)',
    '(?:give|throw) (?:him|her|them) a (?:\\w+ )?(?:welcome|visit|party|surprise)',
    'go (?:handle|deal with|sort) (?:it|him|her|them|this|that)',
    // "to 'discuss' @user's review in person": scare quotes and handles between the words
    "(?:discuss|talk|chat|say it|settle (?:it|this))['\"’]? (?:[\\w@'’.]+ ){0,4}in person",
    '(?:until|till|til) (?:he|she|they) (?:takes?|pulls?) (?:it|that|this|the \\w+) down',
    'you know what to do', 'have fun', 'do your thing', 'go wild', 'raid', 'drop by', 'knock on', 'doorstep',
    "can't hide", 'cannot hide', 'dox', 'doxx', 'deals? with us',
    '(?:call|ring|text|spam) (?:it|this number|that number)',
    'flood (?:his|her|their) (?:inbox|phone|dms|mentions|email)',
    'get (?:him|her|them) (?:fired|sacked|canned|expelled)',
    'give (?:him|her|them) (?:grief|hell|a hard time|an earful|what for)',
    '(?:email|call|ring|message|contact) (?:his|her|their) (?:boss|manager|employer|work|school|principal|head teacher|landlord)',
    '(?:time|about time) (?:someone|somebody|we|people) (?:showed|taught|paid|visited|gave) (?:him|her|them)',
    '(?:until|till|til) (?:he|she|they) (?:deletes?|quits?|leaves?|gets? fired|loses? (?:his|her|their) job)',
    'flood (?:it|them)',
    "here'?s (?:his|her|their) (?:address|number|phone|email|home)",
    '(?:his|her|their) (?:real )?(?:address|number|phone number|email|home) is',
  )}\b`,
);

/** Sharing one's own or a business's contact details is ordinary. */
export const OWN_CONTACT = rx(
  String.raw`\b${anyOf(
    'call us', 'contact us', 'reach us', 'email us', 'our (?:office|store|shop|team|number|email|address)', 'my (?:number|email|address|office)',
    'contact me', 'reach me', 'opening hours', 'customer service', 'support team',
  )}\b`,
);

/**
 * Contact details shared to help: lost and found, an offer to the reader, a shop or service. With
 * no rule hit these are ordinary posts; the model, which learnt doxxing from invented examples full
 * of numbers and addresses, reads them as abuse ("Lost cat near Willow Park, call 555-0133").
 */
export const HELPFUL_CONTACT = rx(
  String.raw`\b${anyOf(
    String.raw`(?:lost|found|missing|stray) (?:a |an |my |our |this |the )?(?:\w+ )?(?:cat|dog|kitten|puppy|pet|parrot|tortoise|rabbit|keys?|wallet|purse|phone|bag|bike|ring|set of keys)`,
    String.raw`if (?:you|u) (?:want|need|'d like|would like|see (?:him|her|it|them)|spot (?:him|her|it|them)|get lost|have (?:any )?questions|can help|find (?:him|her|it|them))`,
    String.raw`(?:if (?:he|she|it|they)(?:'s| is| are|'re) yours|(?:they're|they are|it's|it is) yours)`,
    String.raw`(?:opening hours|open (?:\d|daily|weekdays|until|till|from|on)|appointments?|bookings?|to book|to renew|renew|reservations?|reception|deliver(?:y|ies)|parcel|collection)`,
    String.raw`(?:call|ring|phone|email|contact) (?:the )?(?:garage|clinic|library|surgery|pharmacy|shop|store|cafe|café|pub|restaurant|office|school office|council|helpline|hotline|front desk|vet|dentist|plumber|electrician)`,
    String.raw`(?:the )?(?:library|garage|clinic|surgery|pharmacy|shop|store|cafe|café|pub|restaurant|office|council|vet|dentist)'s (?:number|phone|email|address)`,
    String.raw`(?:fixed|repaired|sorted) my|highly recommend|would recommend`,
  )}\b`,
);

/** Other people's details in general ("is posting people's phone numbers"): a practice described, not one person located. */
export const GENERIC_OWNER = rx(
  String.raw`\b(?:people's|peoples'?|other people's|everyone's|everybody's|users'|strangers'|women's|girls'|members') (?:\w+ )?(?:phones?|numbers?|addresses|address|details|info|information|locations?|home addresses)\b`,
);
