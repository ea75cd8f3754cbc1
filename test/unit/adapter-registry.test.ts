// @vitest-environment happy-dom
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../src/content/sites';

const ROOT = resolve(import.meta.dirname, '../..');
const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
const shieldCss = readFileSync(resolve(ROOT, 'src/content/shield.css'), 'utf8');

interface Expected {
  page: string;
  comments: number;
  hiddenIds?: string[];
  first?: { author: string; permalinkPath: string; postedAt: string; textEndsWith: string };
}

describe('site adapter registry', () => {
  const files = readdirSync(resolve(ROOT, 'src/content/sites')).filter((f) => f !== 'index.ts' && f.endsWith('.ts'));

  it('registers every adapter file under its file name', () => {
    expect(ADAPTERS.map((a) => `${a.id}.ts`).sort()).toEqual(files.sort());
  });

  for (const adapter of ADAPTERS) {
    describe(adapter.id, () => {
      const dir = resolve(ROOT, 'test/fixtures', adapter.id);

      it('has fixtures with expected counts', () => {
        expect(existsSync(resolve(dir, 'expected.json'))).toBe(true);
      });

      it('is listed in the README', () => {
        expect(readme).toContain(`\`${adapter.id}\``);
      });

      it('has its text selectors blurred from the first frame by shield.css', () => {
        for (const selector of adapter.textSelectors) expect(shieldCss).toContain(selector);
      });

      it('finds every comment in its fixture and reads its metadata', () => {
        const expected = JSON.parse(readFileSync(resolve(dir, 'expected.json'), 'utf8')) as Expected;
        const doc = new DOMParser().parseFromString(readFileSync(resolve(dir, expected.page), 'utf8'), 'text/html');
        const items = [...doc.querySelectorAll(adapter.itemSelectors.join(','))];
        expect(items).toHaveLength(expected.comments);
        const base = new URL(`https://${adapter.id === 'x' ? 'x.com' : '127.0.0.1'}/`);
        for (const item of items) expect(() => adapter.meta(item, base)).not.toThrow();
        if (expected.first) {
          const meta = adapter.meta(items[0], base);
          expect(meta.author).toBe(expected.first.author);
          expect(new URL(meta.permalink!).pathname).toBe(expected.first.permalinkPath);
          expect(meta.postedAt).toBe(expected.first.postedAt);
        }
      });
    });
  }
});
