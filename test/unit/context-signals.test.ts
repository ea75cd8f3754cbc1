import { describe, expect, it } from 'vitest';
import { hasQuote, withoutQuotes, withoutReported } from '../../src/classifier/core/patterns';
import { applyRules } from '../../src/classifier/core/rules';

// The context signals decide whether hateful words are the author's own claim or something the
// author quotes, reports or denies. They are narrow on purpose: each "leaves alone" case is abuse
// that must not slip through as counter-speech or negation.

describe('quotations', () => {
  it('finds double, typographic and single-quoted quotations', () => {
    expect(hasQuote('he wrote "go back home" under my post')).toBe(true);
    expect(hasQuote('he wrote ‘go back home’ under my post')).toBe(true);
    expect(hasQuote("If your reply is 'you're a freak, just end it', log off")).toBe(true);
  });

  it('does not take apostrophes for quotation marks', () => {
    expect(hasQuote("don't do it, it's not worth it")).toBe(false);
    expect(hasQuote("the kids' bus and the parents' cars")).toBe(false);
  });

  it('keeps the author words and drops the quoted ones', () => {
    expect(withoutQuotes("Can we stop pretending 'women are stupid' is a joke?")).toBe('Can we stop pretending "…" is a joke?');
  });
});

describe('reported words', () => {
  it.each([
    ['i got called a slag at school today. again.', 'i got called "…". again.'],
    ['He called me a stupid cow and told me to kill myself', 'He called me "…" and told me to "…"'],
    ['kids called him a r*tard. going to the school tomorrow', 'kids called him "…". going to the school tomorrow'],
    ['please stop calling trans people mentally ill.', 'please stop calling "…".'],
    ["nobody should tell refugees to go back, they've lost everything", 'nobody should tell "…", they\'ve lost everything'],
    ['people commenting kys under her video: she is a real person', 'people commenting "…": she is a real person'],
  ])('masks what "%s" reports', (text, expected) => {
    expect(withoutReported(text)).toBe(expected);
  });

  it.each([
    // the author's own abuse after the reported clause stays
    ['stop calling yourself a woman, you freak', 'stop calling "…", you freak'],
    ['never call me again or I will kill you', 'never call "…" or I will kill you'],
  ])('keeps the author words in "%s"', (text, expected) => {
    expect(withoutReported(text)).toBe(expected);
  });

  it.each(['you are a worthless idiot', 'I called him a moron and I stand by it', 'we called her a liar because she is one'])(
    'leaves "%s" alone',
    (text) => {
      expect(withoutReported(text)).toBe(text);
    },
  );
});

describe('counter-speech signal', () => {
  it.each([
    "Can we stop pretending 'women belong in the kitchen' is a harmless joke?",
    'When people say disabled folks are "a burden" they repeat eugenics talking points. Call it out.',
    'someone keeps commenting "go back to your country" under her posts. reported.',
  ])('is set for "%s"', (text) => {
    expect(applyRules(text).signals.counterSpeech).toBe(true);
  });

  it.each(['everyone knows "women belong in the kitchen"', 'as they say, "once a thief, always a thief", you thief'])('is not set for "%s"', (text) => {
    expect(applyRules(text).signals.counterSpeech).toBe(false);
  });
});

describe('negated-hate signal', () => {
  it.each([
    'Immigrants are not stealing your jobs, the economy does not work like that.',
    "women aren't worse engineers than men",
    "I don't think trans people are dangerous at all",
    'Muslims are not terrorists',
    "I've never believed that gay people are a threat to kids",
    "It's not true that old people are useless",
    "Don't let anyone tell you you're too fat to dance",
    "You don't deserve the hate you've been getting",
    "I'm not going to pretend Hindus are dirty",
    'No woman deserves to be hit for talking back',
    'Christians aren\'t all bigots',
  ])('is set for "%s"', (text) => {
    expect(applyRules(text).signals.negatedHate).toBe(true);
  });

  it.each([
    "immigrants aren't welcome here",
    'women are not capable of leading',
    'they are not human, they are animals',
    "it's true that they are all criminals",
    'you deserve all the hate you get',
  ])('is not set for "%s"', (text) => {
    expect(applyRules(text).signals.negatedHate).toBe(false);
  });
});

describe('untargeted profanity', () => {
  it('is set for swearing in joy, even next to "you"', () => {
    const r = applyRules('HOLY SHIT you actually finished the marathon!!! so fucking proud of you');
    expect(r.signals.untargetedProfanity).toBe(true);
    expect(r.scores.insult).toBeUndefined();
  });

  it('is not set when the swearing is aimed at someone', () => {
    expect(applyRules('fuck you, you stupid bitch').signals.untargetedProfanity).toBe(false);
  });
});
