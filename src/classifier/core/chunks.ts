/**
 * Long comments are scored in windows: the encoder reads at most ~96 tokens, and a threat buried
 * at the end of a wall of text must not slip through. Each label takes the maximum over windows.
 */
export const WINDOW_CHARS = 400;
export const MAX_WINDOWS = 12;

export function textWindows(text: string): string[] {
  if (text.length <= WINDOW_CHARS) return [text];
  const windows: string[] = [];
  // Prefer to cut after sentence ends, then spaces; never mid-word when avoidable.
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + WINDOW_CHARS, text.length);
    if (end < text.length) {
      const slice = text.slice(start, end);
      const cut = Math.max(slice.lastIndexOf('. '), slice.lastIndexOf('! '), slice.lastIndexOf('? '), slice.lastIndexOf('\n'));
      const space = slice.lastIndexOf(' ');
      if (cut > WINDOW_CHARS / 2) end = start + cut + 1;
      else if (space > WINDOW_CHARS / 2) end = start + space;
    }
    const window = text.slice(start, end).trim();
    if (window) windows.push(window);
    start = end;
  }
  if (windows.length <= MAX_WINDOWS) return windows;
  // Over budget: windows spread evenly from the first to the last, so the start, the end (where
  // sign-offs and threats often sit) and points between are all read.
  return Array.from({ length: MAX_WINDOWS }, (_, i) => windows[Math.round((i * (windows.length - 1)) / (MAX_WINDOWS - 1))]);
}

/** Fast 53-bit string hash (cyrb53): the verdict cache key, so long texts are not kept as keys. */
export function hashText(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
