import { SHIELD_NAMES, type ShieldCategory } from '../shared/categories';

/**
 * Blurs one comment's text and puts a reveal control in front of it. The states live in a
 * data attribute that shield.css keys on, so text is blurred by CSS from the first frame
 * ("pending") and only becomes readable once judged clean or revealed on purpose.
 */
export type ShieldState = 'pending' | 'clean' | 'hidden' | 'revealed' | 'unchecked';
export const STATE_ATTR = 'data-ward-state';

export function setState(el: Element, state: ShieldState): void {
  el.setAttribute(STATE_ATTR, state);
  // Screen readers must not read hidden text aloud either.
  if (state === 'hidden' || state === 'pending' || state === 'unchecked') el.setAttribute('aria-hidden', 'true');
  else el.removeAttribute('aria-hidden');
}

const STYLE = `
  :host { all: initial; display: block; margin: 4px 0; }
  button { font: 13px/1.3 system-ui, sans-serif; color: #1d2a3a; background: #eef2f7; border: 1px solid #b8c4d4;
           border-radius: 6px; padding: 4px 10px; cursor: pointer; }
  button:focus-visible { outline: 2px solid #2b6cb0; outline-offset: 2px; }
`;

function label(category: ShieldCategory | undefined, revealed: boolean): string {
  const name = category ? SHIELD_NAMES[category] : 'Not checked yet';
  return revealed ? `Ward: ${name} · Hide again` : `Hidden by Ward: ${name} · Show`;
}

/** Hides `el` behind a control naming the category. Idempotent: a second call updates the label. */
export function shield(el: Element, category: ShieldCategory | undefined, state: 'hidden' | 'unchecked' = 'hidden'): void {
  setState(el, state);
  let host = el.previousElementSibling;
  if (!host?.hasAttribute('data-ward-shield')) {
    host = el.ownerDocument.createElement('span');
    host.setAttribute('data-ward-shield', '');
    // An open shadow root keeps page CSS off the control; everything in it is built as text.
    const root = host.attachShadow({ mode: 'open' });
    const style = el.ownerDocument.createElement('style');
    style.textContent = STYLE;
    const button = el.ownerDocument.createElement('button');
    button.type = 'button';
    root.append(style, button);
    button.addEventListener('click', (event) => {
      event.preventDefault();
      event.stopPropagation(); // sites open the post on any click inside it
      const revealed = el.getAttribute(STATE_ATTR) === 'revealed';
      setState(el, revealed ? 'hidden' : 'revealed');
      button.textContent = label(host!.getAttribute('data-ward-category') as ShieldCategory, !revealed);
      button.setAttribute('aria-expanded', String(!revealed));
    });
    el.before(host);
  }
  if (category) host.setAttribute('data-ward-category', category);
  const button = host.shadowRoot!.querySelector('button')!;
  button.textContent = label(category, false);
  button.setAttribute('aria-expanded', 'false');
}

/** Removes the control (after a verdict turns out clean, or a re-score). */
export function unshield(el: Element): void {
  const host = el.previousElementSibling;
  if (host?.hasAttribute('data-ward-shield')) host.remove();
}
