import { describe, expect, it } from 'vitest';
import { combineScores } from '../../src/classifier/core/decide';
import { applyRules } from '../../src/classifier/core/rules';
import { isPlainPlan } from '../../src/classifier/core/plans';

describe('plain plans to meet', () => {
  it.each([
    'see you at the beach, dont be late',
    'see you at the gym later',
    'meet you at the cinema at 6',
    "can't wait to see you at the wedding!",
    'we will pick you up at 5',
    'see ya in class on monday',
  ])('"%s" is a plain plan', (text) => {
    expect(isPlainPlan(text)).toBe(true);
  });

  it.each([
    'I know where you live, see you tonight',
    "see you after school, you're dead",
    'see you soon, and you will regret it',
    "I'll be waiting for you, see you at your house",
    'see you at your work tomorrow',
    'meet you outside, come alone',
    'see you at the beach 🔪',
    'see you at the game, you stupid bitch',
    'see you at the mosque, muslims',
    'we are coming, see you there',
    'the pub at 8 then',
  ])('"%s" is not', (text) => {
    expect(isPlainPlan(text)).toBe(false);
  });

  it('keeps 40 % of the model threat reading on a plan, and all of it on a menacing one', () => {
    const model = { threat: 0.9, abusive: 0.95, sexual: 0.3 };
    const plan = combineScores(applyRules('see you at the gym later'), model);
    expect(plan.threat).toBeCloseTo(0.36);
    expect(plan.sexual).toBeCloseTo(0.3);
    const menace = combineScores(applyRules('I know where you live, see you tonight'), model);
    expect(menace.threat).toBeGreaterThanOrEqual(0.9);
  });
});
