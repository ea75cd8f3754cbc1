import { anyOf, rx } from '../patterns';

/**
 * Dehumanising claims about protected groups: "<group> are vermin". The model catches most identity
 * hate; this rule makes the plainest form certain, whatever the model's confidence. Written for
 * normalised text (see patterns.ts).
 */
const GROUP = anyOf(
  'women', 'girls', 'muslims', 'jews', 'christians', 'hindus', 'sikhs', 'catholics', 'immigrants', 'migrants', 'refugees',
  'asylum seekers', 'foreigners', 'black people', 'blacks', 'africans', 'asians', 'chinese people', 'arabs', 'mexicans', 'latinos',
  'hispanics', 'indians', 'pakistanis', 'roma', 'romani', 'gypsies', 'travellers', 'gays', 'gay (?:people|men)', 'lesbians',
  'bisexuals', 'bi people', 'trans (?:people|women|men|folk|kids)', 'non-?binary (?:people|folks?)', 'enbies', 'transgender (?:people|women|men)', 'non-binary people',
  'disabled people', 'the disabled', 'autistic people', 'deaf people', 'blind people', 'old people', 'the elderly', 'polish people',
  'poles', 'jewish people', 'muslim (?:people|men|women)', 'gay couples',
);
const DEHUMANISING = anyOf(
  'vermin', 'parasites', 'rats', 'cockroaches', 'roaches', 'animals', 'savages', 'sub-?humans?', 'scum', 'filth', 'a disease', 'diseased',
  'a plague', 'a cancer', 'a virus', 'an infestation', 'leeches', 'pests', 'beasts', 'apes', 'pigs', 'dogs', 'trash', 'garbage',
  'less than human', 'freaks', 'degenerates', 'abominations', 'perverts', 'groomers',
);
/**
 * Nouns that hateful claims put on people, as plain words, for the polarity check of denials
 * (negated-claims.ts): the AFINN valence list rates adjectives, not these.
 */
export const DEHUMANISING_WORDS = [
  'vermin', 'parasites', 'rats', 'cockroaches', 'roaches', 'animals', 'savages', 'subhuman', 'subhumans', 'sub-human', 'sub-humans',
  'scum', 'filth', 'diseased', 'leeches', 'pests', 'beasts', 'apes', 'pigs', 'trash', 'garbage', 'freaks', 'degenerates',
  'abominations', 'perverts', 'groomers', 'predators', 'rapists', 'thieves', 'thugs', 'invaders', 'terrorists', 'criminals',
  'infestation', 'plague', 'disease', 'virus', 'cancer', 'burden', 'threat', 'menace', 'scammers', 'drain', 'freeloaders', 'scroungers',
  'spongers', 'invasion',
];

/** The groups' names as single words, for spelling repair (spelling.ts): "refgees" -> "refugees". */
export const GROUP_WORDS = [
  'women', 'girls', 'muslims', 'muslim', 'jews', 'jewish', 'christians', 'hindus', 'sikhs', 'catholics', 'immigrants', 'migrants',
  'refugees', 'foreigners', 'black', 'blacks', 'africans', 'asians', 'chinese', 'arabs', 'mexicans', 'latinos', 'hispanics', 'indians',
  'pakistanis', 'roma', 'romani', 'gypsies', 'travellers', 'gays', 'lesbians', 'lesbian', 'bisexuals', 'bisexual', 'trans',
  'transgender', 'binary', 'disabled', 'autistic', 'deaf', 'elderly', 'polish', 'people',
];

/** Any mention of a protected group: such a message is never read as friendly banter (`phrases/warmth.ts`). */
export const MENTIONS_GROUP = rx(String.raw`\b${GROUP}\b`);

export const DEHUMANISED_GROUP = rx(
  String.raw`\b${GROUP} (?:\w+ ){0,4}(?:are|is|r) (?:[\w-]+ ){0,2}${DEHUMANISING}\b`,
);

/**
 * Denying a group's humanity: "<group> are not human", "… lunatics, not real people". The negation
 * is the hateful claim here, so the negated-hate discount must not apply (the model, taught by
 * denial templates that "not" softens a claim, reads "Refugees are not human" at 0.28).
 */
export const DENIED_HUMANITY = rx(
  String.raw`\b${GROUP} (?:\w+ ){0,4}(?:are|is|r)(?:n't|nt| not| never)(?: even| really| fully| real)? (?:human|humans|people|persons)\b(?! (?:who|that|you|we|to|like|in|of|with|from|and)\b)` +
    String.raw`|\b${GROUP} (?:are|is|r) [^.!?]{0,60}, not (?:even )?(?:human|humans|real people|people|persons)\b`,
);

/**
 * Words just before a claim that make it someone else's or a hypothesis held up to be rejected:
 * "people who say …", "the idea that …", "if you think …", "how can anyone believe …".
 */
export const EMBEDDED_CLAIM = rx(
  String.raw`\b(?:say|says|saying|said|claim|claims|claiming|claimed|post|posts|posting|posted|wrote|writes|yelled|shouted|tell (?:you|people|us)|telling (?:you|people|us)|(?:a|the) (?:lie|claim|trope|stereotype)|idea|notion|myth|(?:if (?:you|u|anyone|people)|how (?:can|could) (?:anyone|anybody|people|you)(?: still)?|(?:anyone|people|those|someone) who) (?:think|thinks|believe|believes|feel|feels))(?: that)? $`,
);

/**
 * Hatred by refusing a group respect, trust or tolerance: "I don't respect Muslims", "I have no
 * respect for trans people", "I can't stand immigrants". The model reads the negated kind word as
 * kind. The group must end the clause, so "I can't stand women's football" and "I don't trust
 * immigrants' stories in the tabloids" are not read as hate.
 */
export const REJECTED_GROUP = rx(
  String.raw`\b(?:i|we)(?: just| really| honestly| simply)? (?:don't|do not|can't|cannot|won't|will never|could never|refuse to) (?:respect|stand|tolerate|trust|like|bear)(?: any| those| these| all)? ${GROUP}(?= *(?:[.!?,;]|$| at all| anymore| any more| in general| period| whatsoever| either))` +
    String.raw`|\b(?:i|we) (?:have|feel|got) (?:no|zero) (?:respect|tolerance|sympathy|patience|time|love) (?:at all )?for ${GROUP}(?= *(?:[.!?,;]|$| at all| anymore| whatsoever| either))`,
);
/** What makes such a refusal a denial or someone else's: "doesn't mean I don't respect X", "why would you think I …". */
export const REJECTION_DENIED = rx(String.raw`\b(?:doesn't mean|does not mean|not that|never said|didn't say|why would (?:you|anyone) think|who said|it's not that)\b[^.!?]*$`);
