/**
 * What search may find: the story, not the apparatus. Read back through
 * Pagefind's own API, each explainer's indexed text has its first paragraph
 * (so the test can fail) and none of: reference entries, the source-balance
 * panel, glossary previews, citation numbers, notes. The 404 page and
 * /search/ are not in the index at all.
 */
import { test, expect, sitemapPaths } from './fixtures.ts';

type IndexedPage = { url: string; content: string };

/** Every indexed page, section by section, as Pagefind returns it. */
async function indexedPages(page: import('@playwright/test').Page): Promise<IndexedPage[]> {
  return page.evaluate(async () => {
    type Result = { data: () => Promise<{ url: string; content: string }> };
    type Pagefind = {
      init: () => Promise<void>;
      filters: () => Promise<Record<string, Record<string, number>>>;
      search: (term: null, options: { filters: Record<string, string> }) => Promise<{ results: Result[] }>;
    };
    // A variable keeps TypeScript from resolving the site's own module path.
    const path = '/pagefind/pagefind.js';
    const pf = (await import(path)) as Pagefind;
    await pf.init();
    const sections = Object.keys((await pf.filters()).section ?? {});
    const out: { url: string; content: string }[] = [];
    for (const section of sections) {
      const { results } = await pf.search(null, { filters: { section } });
      for (const r of results) {
        const d = await r.data();
        out.push({ url: d.url, content: d.content });
      }
    }
    return out;
  });
}

test("the index holds each explainer's story and none of its apparatus; 404 and /search/ are not indexed", async ({
  page,
}) => {
  await page.goto('/');
  const index = await indexedPages(page);
  const urls = index.map((r) => r.url.replace(/\.html$/, '/').replace(/\/index\/$/, '/'));
  expect(urls.some((u) => u.includes('404'))).toBe(false);
  expect(urls.some((u) => u.startsWith('/search'))).toBe(false);

  const explainers = sitemapPaths().filter((p) => /^\/explainers\/[^/]+\/$/.test(p));
  for (const path of explainers) {
    await page.goto(path);
    const record = index.find((r) => r.url === path);
    expect(record, `${path} is indexed`).toBeTruthy();
    const content = record!.content.replace(/\s+/g, ' ');
    const text = async (selector: string) =>
      ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
    // The story is there: the first words of the first paragraph after In short.
    expect(content, path).toContain((await text('article > p')).slice(0, 40));
    // The apparatus is not.
    for (const [what, selector] of [
      ['the source-balance panel', '.balance h2'],
      ['a glossary preview', 'article .term .tip'],
    ] as const) {
      if ((await page.locator(selector).count()) === 0) continue;
      expect(content, `${path}: ${what}`).not.toContain(await text(selector));
    }
    // A reference entry, without its back-links (an arrow and numbers).
    const reference = (await text('.references li')).replace(/\s*↩?[\s\d]*$/, '');
    expect(reference.length, `${path}: a reference entry`).toBeGreaterThan(40);
    expect(content, `${path}: a reference entry`).not.toContain(reference);
    if ((await page.locator('.notes li').count()) > 0) {
      const note = (await text('.notes li')).replace(/\s*↩$/, '').slice(0, 60);
      expect(content, `${path}: a note`).not.toContain(note);
    }
    expect(content, `${path}: citation numbers`).not.toMatch(/\[\d+\]/);
  }
});
