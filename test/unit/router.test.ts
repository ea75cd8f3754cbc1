import { describe, expect, it, vi } from 'vitest';
import { createRouter, senderKind, type ContentHandlers, type UiHandlers } from '../../src/background/router';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const popup = { id: ID, url: `${ORIGIN}src/ui/popup/index.html` };
const reviewTab = { id: ID, url: `${ORIGIN}src/ui/review/index.html`, tab: { id: 3 } };
const content = { id: ID, url: 'https://x.com/someone/status/1', tab: { id: 7 } };
const lookalike = { id: ID, url: `https://evil.example/${ORIGIN}`, tab: { id: 9 } };
const otherExtension = { id: 'zzzz', url: 'chrome-extension://zzzz/page.html' };

function makeRouter() {
  const ui = {
    'queue/list': vi.fn(async () => ({ items: [], counts: { total: 0 } })),
    'queue/set-status': vi.fn(async () => ({ ok: true as const })),
    'settings/get': vi.fn(),
    'settings/set': vi.fn(),
    'archive/clear': vi.fn(async () => ({ deleted: 3 })),
  } as unknown as UiHandlers;
  const contentHandlers = {
    'verdicts/request': vi.fn(async () => ({ verdicts: [] })),
    'site/status': vi.fn(async () => {
      throw new Error('storage broke');
    }),
  } as unknown as ContentHandlers;
  const route = createRouter({ extensionId: ID, extensionOrigin: ORIGIN, content: contentHandlers, ui });
  return { route, ui, contentHandlers };
}

describe('senderKind', () => {
  it.each([
    [popup, 'extension-page'],
    [reviewTab, 'extension-page'],
    [content, 'content-script'],
    [lookalike, 'content-script'],
    [otherExtension, 'foreign'],
    [{ id: ID }, 'foreign'],
  ])('%o is %s', (sender, kind) => {
    expect(senderKind(sender, ID, ORIGIN)).toBe(kind);
  });
});

describe('router', () => {
  it('ignores messages that are not Ward envelopes, so other listeners can answer', () => {
    const { route } = makeRouter();
    expect(route({ wardOffscreen: 1, id: 1, texts: [] }, popup)).toBeUndefined();
    expect(route('hello', content)).toBeUndefined();
  });

  it('refuses privileged messages from a content script before any handler runs', async () => {
    const { route, ui } = makeRouter();
    for (const sender of [content, lookalike, otherExtension]) {
      await expect(route({ ward: 1, type: 'archive/clear', payload: {} }, sender)).resolves.toEqual({ ok: false, error: expect.stringMatching(/^refused/) });
    }
    expect(ui['archive/clear']).not.toHaveBeenCalled();
  });

  it('accepts privileged messages from extension pages, in a popup or a tab', async () => {
    const { route } = makeRouter();
    await expect(route({ ward: 1, type: 'archive/clear', payload: {} }, popup)).resolves.toEqual({ ok: true, value: { deleted: 3 } });
    await expect(route({ ward: 1, type: 'queue/list', payload: {} }, reviewTab)).resolves.toMatchObject({ ok: true });
  });

  it('accepts content messages from content scripts but not from other extensions', async () => {
    const { route, contentHandlers } = makeRouter();
    await expect(route({ ward: 1, type: 'verdicts/request', payload: {} }, content)).resolves.toEqual({ ok: true, value: { verdicts: [] } });
    await expect(route({ ward: 1, type: 'verdicts/request', payload: {} }, otherExtension)).resolves.toMatchObject({ ok: false });
    expect(contentHandlers['verdicts/request']).toHaveBeenCalledTimes(1);
  });

  it('refuses unknown types and turns handler errors into error replies', async () => {
    const { route } = makeRouter();
    await expect(route({ ward: 1, type: 'debug/eval', payload: {} }, popup)).resolves.toMatchObject({ ok: false });
    await expect(route({ ward: 1, type: 'site/status', payload: { site: 'x' } }, content)).resolves.toEqual({ ok: false, error: 'storage broke' });
  });
});
