/** Longest comment text sent for scoring and archiving; longer ones are cut and say so. */
export const MAX_COMMENT_CHARS = 1_000_000;

const BLOCK = /^(P|DIV|BR|LI|BLOCKQUOTE|H[1-6])$/;

/**
 * The visible text of a comment as a reader sees it, including emoji that sites render as
 * <img alt="😀">. textContent (not innerText) because innerText forces a layout on every call.
 */
export function readText(el: Element): { text: string; truncatedFrom?: number } {
  const parts: string[] = [];
  let length = 0;
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node && length <= MAX_COMMENT_CHARS; node = walker.nextNode()) {
    let part = '';
    if (node.nodeType === Node.TEXT_NODE) part = node.nodeValue ?? '';
    else if ((node as Element).tagName === 'IMG') part = (node as Element).getAttribute('alt') ?? '';
    else if (BLOCK.test((node as Element).tagName) && parts.length) part = '\n';
    parts.push(part);
    length += part.length;
  }
  const text = parts.join('').replace(/[ \t\r\f\v]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
  if (text.length > MAX_COMMENT_CHARS) return { text: text.slice(0, MAX_COMMENT_CHARS), truncatedFrom: text.length };
  return { text };
}
