import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createModelScorer } from '../../src/classifier/runtime/model';
import { MODEL_LABELS } from '../../src/shared/categories';

// Evidence must not depend on which other comments happened to be scored alongside: the shipped
// graph quantises activations per token row, so a text's scores are the same alone or in any pass.
// With one quantisation scale per pass (the earlier graph) this test fails.
const modelRoot = resolve(import.meta.dirname, '../../models');

describe('the shipped model', () => {
  it('scores a text the same alone and in a pass with very different neighbours', async () => {
    // A borderline text (probabilities mid-range), where a coarser shared scale shows most.
    const target = 'honestly this take is kind of dumb';
    const neighbours = [
      'FUCK YOU FUCK YOU FUCK YOU!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
      'ok',
      '🙂🙂🙂 ☺ ☺ ☺ 123456789 0000000 $$$$$$ ####### %%%%%%',
    ];
    const alone = (await createModelScorer({ modelRoot, device: 'cpu', raw: true })([target]))[0];
    const together = (await createModelScorer({ modelRoot, device: 'cpu', raw: true })([...neighbours, target]))[neighbours.length];
    for (const label of MODEL_LABELS) {
      expect(alone[label]).toBeTypeOf('number');
      expect(Math.abs((together[label] as number) - (alone[label] as number))).toBeLessThan(1e-5);
    }
  }, 60_000);

  it('gives no model scores to text it cannot read (only emoji), and scores text around emoji', async () => {
    const scorer = createModelScorer({ modelRoot, device: 'cpu', raw: true });
    const [emojiOnly, empty, mixed] = await scorer(['🙌🙌🔥', '', 'you are a worthless idiot 😀']);
    expect(emojiOnly).toEqual({});
    expect(empty).toEqual({});
    expect(mixed.abusive).toBeGreaterThan(0.9);
  }, 60_000);

  it('runs synthetic warm-up passes at any width, and scores the same afterwards', async () => {
    const text = 'you are a worthless idiot';
    const warmed = createModelScorer({ modelRoot, device: 'cpu', raw: true });
    for (const width of [1, 8, 96, 500]) await warmed.exercise(width);
    const afterWarmUp = (await warmed([text]))[0];
    const plain = (await createModelScorer({ modelRoot, device: 'cpu', raw: true })([text]))[0];
    expect(afterWarmUp.abusive).toBeGreaterThan(0.9);
    expect(afterWarmUp).toEqual(plain);
  }, 60_000);
});
