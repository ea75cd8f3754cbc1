/**
 * Variation selectors and skin-tone modifiers: they change how an emoji looks, not what it says.
 * Stripped from the emoji table's keys (scripts/model/emoji-words.ts) and from text before lookup
 * (emoji.ts); normalise.py has the same class.
 */
export const PRESENTATION = /\uFE0E|\uFE0F|[\u{1F3FB}-\u{1F3FF}]/gu;
