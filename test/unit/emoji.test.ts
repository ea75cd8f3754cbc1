import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeEmoji } from '../../src/classifier/core/emoji';
import { MAX_SCORED_CHARS, cap, normaliseForModel } from '../../src/classifier/core/normalise';
import { MODEL_READS_EMOJI } from '../../src/classifier/runtime/model-input';
import { scoreTexts } from '../../src/classifier/runtime/score';
import { buildEmojiWords } from '../../scripts/model/emoji-words';

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('describeEmoji: the model reads emoji as words', () => {
  it.each([
    ['a vermin emoji aimed at a group', 'they are 🐀', 'they are rat'],
    ['a weapon standing in for a verb', "I'll 🔪 you", "I'll kitchen knife you"],
    ['a ZWJ sequence is one emoji, not its parts', 'I hate 🏳️‍🌈 people', 'I hate gay pride flag people'],
    ['the transgender flag', '🏳️‍⚧️ rights', 'transgender pride flag rights'],
    ['skin tones say nothing', 'ok 👍🏿', 'ok thumbs up'],
    ['a run of the same emoji is said once', 'lol 😂😂😂', 'lol laughing'],
    ['a run with spaces in between too', '🐀 🐀 🐀', 'rat'],
    ['different emoji are each said', '😭💀', 'loudly crying face skull'],
    ['the same emoji after words is said again', '🔥 hot 🔥', 'fire hot fire'],
    ['keycaps', '1️⃣ first', 'keycap 1 first'],
    ['flags from regional indicators', 'go 🇧🇷', 'go flag brazil'],
    ['an emoji glued to a word', 'nice🔥', 'nice fire'],
  ])('%s', (_name, input, expected) => {
    expect(collapse(describeEmoji(input))).toBe(expected);
  });

  it.each([['plain text'], [''], ['digits 1234 and # and *'], ['Cyrillic уоu and accents café']])('leaves text without emoji alone: %j', (text) => {
    expect(describeEmoji(text)).toBe(text);
  });

  it('gives emoji-only comments words the model can read', () => {
    expect(normaliseForModel(describeEmoji('🙌🙌🔥'))).toBe('raising hands fire');
  });

  it('keeps a comment made of many different emoji within the scoring cap', () => {
    const flood = '😂🔥🐀💀'.repeat(60_000);
    const out = normaliseForModel(describeEmoji(cap(flood)));
    expect(out.length).toBeLessThanOrEqual(MAX_SCORED_CHARS + 1);
    expect(out.startsWith('laughing fire rat skull')).toBe(true);
  });
});

describe('the shipped model reads emoji as it was trained', () => {
  it('gets emoji as words only when its config.json says it was trained with them (ward.emoji_words)', async () => {
    const seen: string[] = [];
    await scoreTexts(['they are 🐀🐀'], async (texts) => {
      seen.push(...texts);
      return texts.map(() => ({}));
    });
    expect(seen).toEqual([MODEL_READS_EMOJI ? 'they are rat' : 'they are 🐀🐀']);
  });
});

describe('emoji-words.json', () => {
  it('is what scripts/model/emoji-words.ts builds from the installed emojilib (run it when this fails)', () => {
    const committed = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../src/classifier/core/emoji-words.json'), 'utf8'));
    expect(committed).toEqual(buildEmojiWords());
  });
});
