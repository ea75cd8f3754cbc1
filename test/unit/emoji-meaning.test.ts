import { describe, expect, it } from 'vitest';
import { emojiAsWords } from '../../src/classifier/core/emoji-meaning';
import { applyRules } from '../../src/classifier/core/rules';

// The model reads every emoji as one unknown piece; the rules read a few emoji aimed at people as
// words, so vermin emoji and praise emoji about a group are told apart.

describe('emoji as words for the rules', () => {
  it.each([
    ['women are 🐀🐀', 'rats'],
    ['women are 🐀 🐀 🐀', 'rats'],
    ['🏳️‍🌈 people', 'gay'],
    ['🏳️‍⚧️ people', 'trans'],
    ['✡️ people', 'jewish'],
    ['refugees 👑', 'praise'],
  ])('reads "%s" with "%s"', (text, word) => {
    const read = emojiAsWords(text);
    expect(read).toContain(word);
    // a run of one emoji is said once
    expect(read.split(word).length - 1).toBe(1);
  });

  it.each(['this song is 🔥', 'lmao 💀', 'monday 🖕', 'this weather 💩', 'no emoji at all', 'chopping onions 🔪', 'so true 💯'])('leaves "%s" as written', (text) => {
    expect(emojiAsWords(text)).toBe(text);
  });

  it('reads an animal emoji as a name for people only where one stands (found by a review)', () => {
    expect(emojiAsWords('the girls are feeding the 🐷🐷 at the farm')).not.toContain('pigs');
    expect(emojiAsWords('you 🐍')).toContain('snakes');
  });

  it('lets the dehumanising rule see vermin emoji about a group', () => {
    expect(applyRules('immigrants are 🐀🐀🐀').scores.identity_hate ?? 0).toBeGreaterThanOrEqual(0.8);
  });

  it('reads praise emoji about a group as support, and not as friendly banter', () => {
    expect(applyRules('trans people 👑👑').signals.supportsGroup).toBe(true);
    expect(applyRules('women 💪💪').signals.supportsGroup).toBe(true);
    expect(applyRules("these hoes ain't shit 💯").signals.friendly).toBe(false);
    // only right after the group: agreement with hate is not praise (found by a review)
    expect(applyRules('women 💪? more like clowns').signals.supportsGroup).toBe(false);
    expect(applyRules('Muslims are terrorists ❤️').signals.supportsGroup).toBe(false);
    expect(applyRules('white power 💪').signals.supportsGroup).toBe(false);
  });
});
