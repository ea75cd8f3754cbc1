import { describe, expect, it } from 'vitest';
import { combineScores } from '../../src/classifier/core/decide';
import { applyRules } from '../../src/classifier/core/rules';
import { correctTypo, decodeLeetWord, repairSpelling, splitRunOn } from '../../src/classifier/core/spelling';

// Spelling repair undoes the disguises a filter-dodger types. Each "leaves alone" case is a real
// word, name or habit of ordinary writing that an earlier version of the repair turned into abuse
// on real tweets ("vape" -> "rape", "Kate" -> "Hate", "sextortion" -> "sex tort ion").

describe('spelling repair', () => {
  it.each([
    ['women make me scik.', 'women make me sick.'],
    ['lesbians are nothing but verimn', 'lesbians are nothing but vermin'],
    ['I depise them', 'I despise them'],
    ['immigrnts are a plague', 'immigrants are a plague'],
    ['refuees make me sick', 'refugees make me sick'],
    ['WOMEN ARE PATHETC', 'WOMEN ARE PATHETIC'],
    ['you are a pathetticc losserr', 'you are a pathetic loser'],
  ])('restores a dropped, swapped or doubled letter: "%s"', (text, repaired) => {
    expect(repairSpelling(text)).toBe(repaired);
  });

  it.each([
    ['I d35p153 them', 'I despise them'],
    ['tr4n5 people are vermin', 'trans people are vermin'],
    ['you b!tch', 'you bitch'],
    ['what a p@thetic loser', 'what a pathetic loser'],
    ['i h8 you', 'i hate you'],
    ['gr8 game', 'great game'],
  ])('decodes leetspeak into a word: "%s"', (text, repaired) => {
    expect(repairSpelling(text)).toBe(repaired);
  });

  // By frequency alone "m8" read as "meat" and "h8ers" as "heaters".
  it.each([
    ['thx m8 see ya l8r', 'thx mate see ya later'],
    ['ignore the h8ers', 'ignore the haters'],
    ['sk8 park at 5', 'skate park at 5'],
  ])('reads a chat-speak 8 after a letter as the sound "ate": "%s"', (text, repaired) => {
    expect(repairSpelling(text)).toBe(repaired);
  });

  it.each([
    ['I h a t e them', 'I hate them'],
    ['i h a t e you', 'i hate you'],
    ['b l a c k people are vermin', 'black people are vermin'],
    ['what a c_u_n_t', 'what a cunt'],
    ['f u c k you', 'fuck you'],
  ])('joins spaced letters that spell a word: "%s"', (text, repaired) => {
    expect(repairSpelling(text)).toBe(repaired);
  });

  it.each([
    ['Idespisedisabledpeople.', 'I despise disabled people.'],
    ['ihatewomen', 'i hate women'],
    ['IdespiseArabs', 'I despise Arabs'],
  ])('splits a run-on sentence that hides a hostile word: "%s"', (text, repaired) => {
    expect(repairSpelling(text)).toBe(repaired);
  });

  it.each([
    // real words, slang and names
    'my vape broke',
    'Kate and Rosey went to the Shia mosque with Melissa Gaus',
    'stan twitter is wild',
    'sucky weather, hella cold',
    // new words and compounds the model learnt whole
    "That's sextortion, it's a crime",
    'what a libtard',
    'a pornstar and a fuckup',
    // hashtags are run-ons by convention
    '#SayNoToShiaSunniFight #blacklivesmatter',
    // numbers, times, sizes, handles and addresses
    'the 1st place at 5am, $5, mp3, ps4, 4k, b4, call 555-0133 or mail sam@example.com, @dazzler88',
    // enthusiasm and apostrophes
    'sooooo goooood',
    "don't you dare, it's fine",
    // a short word is as often a typo of a common word ("hte" is "the")
    'hte end',
    // everyday typos whose commonest reading is an ordinary word (found by a review)
    'pass the btter please, we bought a pastic table',
    "I'm woring from home, itts fine, any isues with the printer?",
    // never into a slur, and names in CamelCase stay whole
    'Niger is a country; the Niger Delta',
    'EastEnders tonight, then KillBill',
    '',
  ])('leaves "%s" as written', (text) => {
    expect(repairSpelling(text)).toBe(text);
  });

  it('prefers a dropped or swapped letter over a changed one, and a run-on over a typo', () => {
    expect(correctTypo('refuees')).toBe('refugees');
    expect(correctTypo('vape')).toBeUndefined();
    expect(correctTypo('sick')).toBeUndefined();
    expect(repairSpelling('Ihate them')).toBe('I hate them');
  });

  it('does not read ordinals, times or model numbers as leetspeak', () => {
    for (const token of ['1st', '5am', '4k', 'mp3', 'b4']) expect(decodeLeetWord(token)).toBeUndefined();
  });

  it('splits into known words, with one-letter words only at the start', () => {
    expect(splitRunOn('idespisethem')).toEqual(['i', 'despise', 'them']);
    expect(splitRunOn('sextortion')?.some((w) => w.length === 1)).not.toBe(true);
  });

  it('leaves a huge run of spaced letters alone', () => {
    const run = 'a '.repeat(16_000).trim();
    expect(repairSpelling(run)).toBe(run);
  });

  it('copes with hostile input quickly and without throwing', () => {
    const long = 'scik '.repeat(20_000) + 'x'.repeat(50_000) + ' a b c d e f g '.repeat(2_000);
    const out = repairSpelling(long);
    expect(out.startsWith('sick sick')).toBe(true);
    expect(repairSpelling('\u0000\uFFFF 𝕙𝕒𝕥𝕖 ️‍🌈')).toBeTypeOf('string');
  });

  it('lets the rules read the repaired word', () => {
    expect(applyRules('k1ll y0urs3lf').scores.threat ?? 0).toBeGreaterThanOrEqual(0.8);
    expect(applyRules('go kiiiill yourself').scores.threat ?? 0).toBeGreaterThanOrEqual(0.8);
  });
});

describe('short replies', () => {
  const terse = (text: string) => applyRules(text).signals.terse;

  it.each(['ok', 'OK.', 'lmao', 'see you', 'thank you', 'sure', 'hi', 'brb', 'you too', '@user ok', '@killer_bee ok', 'see you tomorrow!', 'love you all', 'are you ok?', 'see you soon'])('reads "%s" as a short reply', (text) => {
    expect(terse(text)).toBe(true);
  });

  it.each([
    // insults, hostile words, groups and the reader described
    'you pea-brained muppet',
    'Y O U  A R E  N O T H I N G',
    'nobody likes you',
    'screw you',
    'shut up',
    'go back home',
    'bend over',
    'loser',
    'die',
    'clowns',
    'I hte women',
    // obfuscation and emoji are not short replies
    'Weshouldgetridofthem',
    // coded words, new insult words, dismissals (found by a review)
    'groid',
    'pedo',
    'send them back',
    'bite me',
    'ｙｏｕ　ａｒｅ　ｔｒａｓｈ',
    'i see you',
    'look outside',
    'tick tock',
    'are you home?',
    '🖕',
    'ok 🔪',
    // four words or more
    'ok see you there',
  ])('does not read "%s" as a short reply', (text) => {
    expect(terse(text)).toBe(false);
  });

  it("discounts the model's reading of a short reply", () => {
    const rules = applyRules('ok');
    expect(combineScores(rules, { threat: 0.79, abusive: 0.79 }).threat).toBeCloseTo(0.316, 3);
    expect(combineScores(applyRules('loser'), { abusive: 0.9 }).abusive).toBeCloseTo(0.9, 3);
    // the sexual reading stays: harmless replies never drew it, "dm me pics" does
    expect(combineScores(applyRules('dm me pics'), { sexual: 0.95, abusive: 0.9 }).sexual).toBeCloseTo(0.95, 3);
  });
});
