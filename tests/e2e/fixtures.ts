/**
 * Shared test set-up: every test fails on a console error, an uncaught
 * exception, a Content-Security-Policy violation or a request to another origin.
 */
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Guard {
  problems: string[];
}

export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const guard: Guard = { problems: [] };
      const origin = new URL(baseURL!).origin;
      page.on('console', (msg) => {
        if (msg.type() === 'error') guard.problems.push(`console error on ${page.url()}: ${msg.text()}`);
      });
      page.on('pageerror', (err) => guard.problems.push(`page error on ${page.url()}: ${err.message}`));
      page.on('request', (req) => {
        const url = new URL(req.url());
        if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) {
          guard.problems.push(`request to another origin: ${req.url()}`);
        }
      });
      await use(guard);
      expect(guard.problems, 'console errors, CSP violations or third-party requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The build under test: dist/, or DIST_DIR. */
export const distDir = process.env.DIST_DIR ?? 'dist';

/** Every page path in the sitemap that the build wrote. */
export function sitemapPaths(): string[] {
  const xml = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

/**
 * The sitemap's pages dealt into `count` groups, for tests that visit every page. One test per group
 * visits its pages in one browser tab: a fresh browser context per page cost more than the checks
 * themselves (32 pages: 22 s with a context each, 5 s in one tab). Dealt round-robin, so the slow
 * pages (the long lists) spread over the groups.
 */
export function sitemapGroups(count: number): string[][] {
  const groups: string[][] = Array.from({ length: count }, () => []);
  sitemapPaths().forEach((path, i) => groups[i % count]!.push(path));
  return groups.filter((group) => group.length > 0);
}

export async function openSearch(page: Page) {
  await page
    .getByRole('banner')
    .getByRole('link', { name: /search/i })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog).toBeVisible();
  const input = dialog.getByRole('textbox');
  await expect(input).toBeFocused();
  return { dialog, input };
}

/**
 * Pagefind's result list loads each result as it scrolls into view: bring the
 * first still-loading one into view on each try. (Scrolling through them all in
 * one go leaves the middle ones never on screen for a frame, so with more than
 * about eight results they would never load.)
 */
export async function loadAllResults(results: Locator) {
  await expect(results.locator('> li').first()).toBeVisible();
  await expect
    .poll(
      () =>
        results.evaluate((list) => {
          list
            .querySelector(':scope > li[data-pfmod-loading], :scope > li:has([data-pfmod-loading])')
            ?.scrollIntoView({ block: 'nearest' });
          return list.querySelectorAll('[data-pfmod-loading]').length;
        }),
      { intervals: [100, 250, 500] },
    )
    .toBe(0);
}

/** Pairs of visible labels, in each SVG the locator matches, whose boxes overlap by more than a pixel. */
export function labelCollisions(svgs: Locator): Promise<string[]> {
  return svgs.evaluateAll((all) =>
    all.flatMap((svg) => {
      const boxes = [...svg.querySelectorAll('text')]
        .filter((t) => t.getClientRects().length > 0)
        .map((t) => ({ text: t.textContent, r: t.getBoundingClientRect() }));
      return boxes.flatMap((a, i) =>
        boxes
          .slice(i + 1)
          .filter(
            (b) =>
              Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left) > 1 &&
              Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top) > 1,
          )
          .map((b) => `${svg.id || svg.closest('figure')?.id}: "${a.text}" / "${b.text}"`),
      );
    }),
  );
}

/**
 * Puts the content of each map's file in the page in place of its <use>, as a <g> with the <use>'s classes, fill and
 * font size, so that a test can read the labels a reader sees at this width: the browser draws a <use> from a shadow
 * tree that scripts cannot read, with the same content and what it inherits from the <use>, which the <g> inherits
 * alike. Fails when a file or a group is missing.
 */
export async function inlineMapFiles(page: Page): Promise<void> {
  const missing = await page.evaluate(async () => {
    const uses = [...document.querySelectorAll<SVGUseElement>('svg use[href^="/maps/"]')];
    const files = new Map<string, Promise<Document>>();
    const problems: string[] = [];
    for (const use of uses) {
      const [file, id] = use.getAttribute('href')!.split('#') as [string, string];
      if (!files.has(file))
        files.set(
          file,
          fetch(file)
            .then((r) => r.text())
            .then((t) => new DOMParser().parseFromString(t, 'image/svg+xml')),
        );
      const group = (await files.get(file)!).getElementById(id);
      if (!group) {
        problems.push(`${file}#${id}`);
        continue;
      }
      const g = document.createElementNS('http://www.w3.org/2000/svg', 'g');
      for (const name of ['class', 'fill', 'font-size']) {
        const value = use.getAttribute(name);
        if (value !== null) g.setAttribute(name, value);
      }
      g.append(...[...group.childNodes].map((n) => document.importNode(n, true)));
      use.replaceWith(g);
    }
    return problems;
  });
  expect(missing, 'map groups missing from their files').toEqual([]);
}
