import { absoluteUrl, pick, type SiteAdapter } from '../adapter';

/** The bundled demo feed (test/fixtures/demo/feed.html), served on loopback by `npm start`. */
export const demo: SiteAdapter = {
  id: 'demo',
  name: 'Ward demo feed',
  matches: (url) => (url.hostname === '127.0.0.1' || url.hostname === 'localhost') && url.pathname.startsWith('/demo/'),
  itemSelectors: ['article[data-testid="comment"]'],
  textSelectors: ['[data-testid="comment-text"]'],
  meta(item, pageUrl) {
    const author = pick(item, ['[data-testid="comment-author"]']);
    const link = pick(item, ['a[data-testid="comment-permalink"]']);
    const time = link?.querySelector('time[datetime]') ?? item.querySelector('time[datetime]');
    const parent = item.parentElement?.closest('article[data-testid="comment"]');
    return {
      author: author?.textContent?.trim() || undefined,
      authorUrl: absoluteUrl(author?.getAttribute('href'), pageUrl),
      permalink: absoluteUrl(link?.getAttribute('href'), pageUrl),
      postedAt: time?.getAttribute('datetime') ?? undefined,
      postedAtShown: time?.textContent?.trim() || undefined,
      parentPermalink: absoluteUrl(parent?.querySelector('a[data-testid="comment-permalink"]')?.getAttribute('href'), pageUrl),
    };
  },
};
