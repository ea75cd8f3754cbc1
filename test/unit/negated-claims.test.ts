import { describe, expect, it } from 'vitest';
import { deniesNegativeClaim, predicateValence } from '../../src/classifier/core/negated-claims';
import { normaliseForRules } from '../../src/classifier/core/normalise';
import { applyRules } from '../../src/classifier/core/rules';

const denies = (text: string) => deniesNegativeClaim(normaliseForRules(text));

describe('denied negative claims, by the polarity of what is denied', () => {
  it.each([
    'Sikhs are not violent people',
    'pensioners aren\'t a burden on anyone',
    "i don't think deaf people are stupid",
    "i don't believe for a moment that polish workers are lazy",
    'immigrants are no more dangerous than anyone else',
    "it's a myth that bisexual men are greedy",
    'stop pretending refugees are parasites',
    'not a single autistic person i know is cruel',
    "feminists don't hate men",
    'nobody here wants to hurt the new family on our street',
  ])('finds the denial in "%s"', (text) => {
    expect(denies(text)).toBe(true);
  });

  it.each([
    // denying something good is the insult
    'women are not intelligent enough to lead',
    'immigrants are not welcome here',
    // the turn after the denial makes another negative claim
    'travellers are not stupid, just dishonest',
    // a condition or a wish, not a denial
    'if they were not so lazy they would have jobs',
    // denying bigotry defends it
    'calling them vermin is not racist',
    'those posts are not hate speech',
    // about a thing, not people
    "it's not hard to find where you live",
    // swearing, not a claim
    'yall aint shit',
    // denials that are the hate (found in review): suffering denied, a hostile turn, an order
    'nobody wants to hurt them, we just want them gone',
    'stop pretending refugees are persecuted, they should go home',
    'not every banker is greedy, only most of them',
    'they are no more violent than any other animal',
    "don't hate me when they find you",
    'i never wanted to hurt anyone until i met you',
    // one harmless denial appended to an attack
    'they are ruining this town and should leave. not all of them are lazy',
  ])('finds no denial in "%s"', (text) => {
    expect(denies(text)).toBe(false);
  });

  it('rates swear words as no claim and dehumanising nouns as negative', () => {
    expect(predicateValence('shit')).toBeUndefined();
    expect(predicateValence('cockroaches')).toBeLessThan(0);
    expect(predicateValence('violent people')).toBeLessThan(0);
    expect(predicateValence('welcome')).toBeGreaterThan(0);
  });

  it('keeps a denial followed by a sentence that condemns hate', () => {
    expect(denies('Sikhs are not terrorists. Stop spreading hate.')).toBe(true);
  });

  it('feeds the negated-hate signal, which a direct threat next to it still overrides', () => {
    expect(applyRules('jewish people are not greedy').signals.negatedHate).toBe(true);
    expect(applyRules("muslims are not violent, but I will kill you").signals.negatedHate).toBe(false);
  });
});
