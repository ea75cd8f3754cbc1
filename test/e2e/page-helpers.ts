import type { Page } from 'puppeteer-core';

/** Appends a comment to the demo feed the way a page script would (text set as text, never HTML). */
export async function appendComment(page: Page, id: string, text: string, author = '@late_reply'): Promise<void> {
  await page.evaluate(
    (id: string, text: string, author: string) => {
      const article = document.createElement('article');
      article.dataset.testid = 'comment';
      article.id = id;
      const by = document.createElement('a');
      by.dataset.testid = 'comment-author';
      by.href = `/demo/u/${author.slice(1)}`;
      by.textContent = author;
      const p = document.createElement('p');
      p.dataset.testid = 'comment-text';
      p.textContent = text;
      article.append(by, p);
      document.getElementById('thread')!.append(article);
    },
    id,
    text,
    author,
  );
}

export function stateOf(page: Page, commentId: string): Promise<string | null> {
  return page.$eval(`#${commentId} > [data-testid="comment-text"]`, (el) => el.getAttribute('data-ward-state'));
}

export async function waitForState(page: Page, commentId: string, states: string[], timeout = 30_000): Promise<string> {
  const handle = await page.waitForFunction(
    (id: string, wanted: string[]) => {
      const s = document.querySelector(`#${id} > [data-testid="comment-text"]`)?.getAttribute('data-ward-state');
      return s && wanted.includes(s) ? s : false;
    },
    { timeout, polling: 100 },
    commentId,
    states,
  );
  return (await handle.jsonValue()) as string;
}

/** The label on the reveal control in front of a comment's text. */
export function shieldLabel(page: Page, commentId: string): Promise<string | undefined> {
  return page.$eval(`#${commentId} > [data-ward-shield]`, (host) => host.shadowRoot?.querySelector('button')?.textContent ?? undefined).catch(() => undefined);
}
