import { absoluteUrl, type SiteAdapter } from '../adapter';

/**
 * X (formerly Twitter). data-testid attributes have outlived many class-name churns, so every
 * selector leans on them.
 */
export const x: SiteAdapter = {
  id: 'x',
  name: 'X (Twitter)',
  matches: (url) => ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com'].includes(url.hostname),
  itemSelectors: [
    // 2023 and 2025 web client alike
    'article[data-testid="tweet"]',
  ],
  textSelectors: [
    // 2023 and 2025 web client alike
    'div[data-testid="tweetText"]',
  ],
  meta(item, pageUrl) {
    const links = [...item.querySelectorAll('[data-testid="User-Name"] a[href^="/"]')];
    // The second link of User-Name holds the @handle; the first is the display name.
    const handleLink = links.find((a) => a.textContent?.trim().startsWith('@')) ?? links[0];
    const timeLink = [...item.querySelectorAll('a[href*="/status/"]')].find((a) => a.querySelector('time[datetime]'));
    const time = timeLink?.querySelector('time[datetime]');
    const handle = handleLink?.textContent?.trim() || handleLink?.getAttribute('href')?.slice(1);
    return {
      author: handle ? (handle.startsWith('@') ? handle : `@${handle}`) : undefined,
      authorUrl: absoluteUrl(handleLink?.getAttribute('href'), pageUrl),
      permalink: absoluteUrl(timeLink?.getAttribute('href'), pageUrl),
      postedAt: time?.getAttribute('datetime') ?? undefined,
      postedAtShown: time?.textContent?.trim() || undefined,
    };
  },
};
