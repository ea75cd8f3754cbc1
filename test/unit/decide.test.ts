import { describe, expect, it } from 'vitest';
import { combineScores, decide } from '../../src/classifier/core/decide';
import { applyRules } from '../../src/classifier/core/rules';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';

const settings = (patch: Partial<Settings> = {}): Settings => ({ ...structuredClone(DEFAULT_SETTINGS), ...patch });
const verdict = (text: string, s = settings(), author?: string, model?: Record<string, number>) => {
  const rules = applyRules(text);
  return decide(
    { scores: combineScores(rules, model), reasons: rules.hits.map((h) => h.rule), untargetedProfanity: rules.signals.untargetedProfanity },
    { settings: s, author, text },
  );
};

describe('decide', () => {
  it('hides a threat and names it', () => {
    expect(verdict('I will kill you')).toMatchObject({ hidden: true, category: 'threat' });
  });
  it('leaves profanity alone by default and hides it when the user asks', () => {
    expect(verdict('this is fucking great').hidden).toBe(false);
    const strict = settings();
    strict.strictness.profanity = 'strict';
    expect(verdict('this is fucking great', strict)).toMatchObject({ hidden: true, category: 'profanity' });
  });
  it('never hides an allowlisted author', () => {
    expect(verdict('I will kill you', settings({ allowlist: ['bestfriend'] }), '@BestFriend').hidden).toBe(false);
  });
  it('hides muted words, whatever their spelling', () => {
    expect(verdict('my ex-boss R0land again', settings({ mutedWords: ['roland'] }))).toMatchObject({ hidden: true, category: 'muted' });
  });
  it('turns nothing off when the shield is disabled', () => {
    expect(verdict('I will kill you', settings({ enabled: false })).hidden).toBe(false);
  });
  it('does not hide untargeted swearing on the overall score alone', () => {
    expect(verdict('fuck yeah, we won the cup', settings(), undefined, { abusive: 0.9, profanity: 0.99 }).hidden).toBe(false);
    expect(verdict('fuck yeah, we won the cup', settings(), undefined, { abusive: 0.9, insult: 0.8 })).toMatchObject({ hidden: true, category: 'insult' });
  });
  it("does not take the model's sexual reading of a swear word for a sexual remark", () => {
    expect(verdict('holy fucking crap I got the job', settings(), undefined, { abusive: 0.9, sexual: 0.9, profanity: 0.99 }).hidden).toBe(false);
    // a sexual word aimed at the reader is a rule hit, and still hides
    expect(verdict('fucking hell, show me your tits', settings(), undefined, { abusive: 0.9, sexual: 0.9 }).hidden).toBe(true);
  });
  it.each(['Refugees are not criminals.', "I don't hate anyone for their religion", 'No one deserves to be harassed for who they love'])(
    'discounts the model on a denied hateful claim: "%s"',
    (text) => {
      expect(verdict(text, settings(), undefined, { abusive: 0.9, identity_hate: 0.9 }).hidden).toBe(false);
    },
  );
  it('discounts the model on violent words used figuratively, but not on a threat next to them', () => {
    expect(verdict('this queue will be the death of me', settings(), undefined, { abusive: 0.75, threat: 0.75 }).hidden).toBe(false);
    expect(verdict('this queue will be the death of me, and I will kill you', settings(), undefined, { abusive: 0.75, threat: 0.75 }).hidden).toBe(true);
  });
  it('halves the model on friendly swearing, but not on flattery that comes with a sexual demand', () => {
    expect(verdict('happy birthday you absolute dickhead, love you bro', settings(), undefined, { abusive: 0.95, insult: 0.95, profanity: 0.99 }).hidden).toBe(false);
    expect(verdict("you're a star, a fucking star", settings(), undefined, { abusive: 0.95, insult: 0.95 }).hidden).toBe(false);
    expect(verdict('hey beautiful, thanks for the follow, now send a pic in bed', settings(), undefined, { abusive: 0.9, sexual: 0.9 }).hidden).toBe(true);
  });
  it('keeps 40 % of the model on contact details shared to help, and all of it on doxxing', () => {
    const lostCat = 'Lost cat near Willow Park, call 555-0133 if you see her';
    expect(verdict(lostCat, settings(), undefined, { abusive: 0.97 }).hidden).toBe(false);
    expect(verdict("Here's her number, 555-0199. You know what to do.", settings(), undefined, { abusive: 0.97 }).hidden).toBe(true);
  });
  it('halves the model on condemned quotations, whose condemning words it reads as abuse', () => {
    const text = 'Replying "go back to your country" to a nurse is disgusting. Shame on you all.';
    expect(verdict(text, settings(), undefined, { abusive: 0.9, identity_hate: 0.9 }).hidden).toBe(false);
    expect(verdict('"go back to your country" is disgusting, and so are you, you fucking idiot', settings(), undefined, { abusive: 0.9 }).hidden).toBe(true);
  });
  it('keeps dehumanising denials of humanity hidden', () => {
    expect(verdict('Refugees are not human', settings(), undefined, { abusive: 0.9, identity_hate: 0.9 }).hidden).toBe(true);
  });
  it('uses the model score when the rules see nothing', () => {
    expect(verdict('everything about your existence is sad to watch', settings(), undefined, { abusive: 0.93, insult: 0.9 })).toMatchObject({ hidden: true, category: 'insult' });
    expect(verdict('everything about your existence is sad to watch', settings(), undefined, { abusive: 0.2 }).hidden).toBe(false);
  });
  it('follows strictness per category', () => {
    const relaxed = settings();
    relaxed.strictness.insult = 'relaxed';
    relaxed.strictness.abusive = 'relaxed';
    expect(verdict('nobody asked for your opinion on this', relaxed, undefined, { insult: 0.7, abusive: 0.7 }).hidden).toBe(false);
    expect(verdict('nobody asked for your opinion on this', settings(), undefined, { insult: 0.7, abusive: 0.7 }).hidden).toBe(true);
  });
});
