import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import emojilib from 'emojilib';
import { PRESENTATION } from '../../src/classifier/core/emoji-presentation';

/**
 * Builds src/classifier/core/emoji-words.json: each emoji as the words the classifier reads in its
 * place. The model's tokenizer turns every emoji into one shared "unknown" piece, so "I'll 🔪 you"
 * and "I'll 🌷 you" looked the same to it, and abuse carried by emoji (vermin emoji aimed at a group,
 * a middle finger, a knife) was invisible. The names come from emojilib (MIT, the Unicode/CLDR names
 * as keywords); the few overrides below are for emoji whose official name hides how people use them.
 * The same file is read by scripts/model/normalise.py, so training and the extension agree.
 *
 *     npx tsx scripts/model/emoji-words.ts        (test/unit/emoji.test.ts fails when it is stale)
 */

/** Where the Unicode name is not what readers take the emoji to mean. */
export const OVERRIDES: Record<string, string> = {
  // Laughter, by far the most frequent emoji in comments: "face with tears of joy" is five words of
  // noise where readers see one.
  '😂': 'laughing',
  '🤣': 'laughing',
  // Insults: the names are what people call someone with them.
  '🤡': 'clown',
  '🐷': 'pig',
  '💩': 'shit',
  // Identity symbols, which hate posts use in place of the group's name ("🏳️‍🌈 people are …").
  '🏳‍🌈': 'gay pride flag',
  '🏳‍⚧': 'transgender pride flag',
  '✡': 'Jewish star',
  '☪': 'Muslim crescent',
  // Long directional names that say nothing in a comment.
  '👉': 'pointing',
  '👈': 'pointing',
  '👇': 'pointing down',
  '👆': 'pointing up',
};


export function buildEmojiWords(): { source: string; words: Record<string, string> } {
  const words: Record<string, string> = {};
  for (const [emoji, keywords] of Object.entries(emojilib as Record<string, string[]>)) {
    const key = emoji.replace(PRESENTATION, '');
    if (!key || !keywords.length) continue;
    words[key] = keywords[0].replace(/_/g, ' ').trim();
  }
  for (const [emoji, gloss] of Object.entries(OVERRIDES)) {
    if (!(emoji in words)) throw new Error(`override for ${emoji} names no emoji in emojilib`);
    words[emoji] = gloss;
  }
  return { source: 'emojilib 4 (MIT) first keyword, with scripts/model/emoji-words.ts overrides', words };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = resolve(import.meta.dirname, '../../src/classifier/core/emoji-words.json');
  const table = buildEmojiWords();
  writeFileSync(out, `${JSON.stringify(table, null, 0)}\n`);
  console.log(`${out}: ${Object.keys(table.words).length} emoji`);
}
