/** The editorial components as a reader meets them: citations, places, glossary terms, positions. */
import { test, expect, sitemapPaths } from './fixtures.ts';

const explainers = sitemapPaths().filter((p) => /^\/explainers\/[^/]+\/$/.test(p));

test('a citation jumps to its reference, and the back-link returns to the same spot', async ({ page }) => {
  await page.goto(explainers[0]!);
  const article = page.locator('article');
  // The second citation of the page's first source: its back-link is not the first one.
  const cite = article.locator('sup.cite[id$="-2"] a').first();
  const citeId = await cite.evaluate((a) => a.parentElement!.id);
  const [, n, k] = /^cite-(\d+)-(\d+)$/.exec(citeId)!;
  await cite.click();
  await expect(page).toHaveURL(new RegExp(`#ref-${n}$`));
  const ref = page.locator(`#ref-${n}`);
  await expect(ref).toBeInViewport();
  await ref.getByRole('link', { name: `Back to citation ${k}`, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`#${citeId}$`));
  await expect(page.locator(`#${citeId}`)).toBeInViewport();
});

test('external links in the references open safely', async ({ page }) => {
  await page.goto(explainers[0]!);
  const external = page.locator('.references a[href^="http"]');
  expect(await external.count()).toBeGreaterThan(0);
  for (const rel of await external.evaluateAll((as) => as.map((a) => a.getAttribute('rel')))) {
    expect(rel).toContain('noopener');
    expect(rel).toContain('noreferrer');
  }
});

test('a place gives both names at its first mention on a page and one name after', async ({ page }) => {
  await page.goto(explainers[0]!);
  const places = page.locator('article a.place');
  const first = places.first();
  const id = (await first.getAttribute('href'))!.split('/')[2]!;
  const all = page.locator(`article a.place[href="/places/${id}/"]`);
  const firstText = await first.evaluate((a) => a.textContent + (a.nextSibling?.textContent ?? ''));
  if ((await all.count()) > 1) {
    const secondText = await all.nth(1).evaluate((a) => a.textContent + (a.nextSibling?.textContent ?? ''));
    expect(secondText.startsWith(firstText)).toBe(false);
  }
  await first.click();
  await expect(page).toHaveURL(new RegExp(`/places/${id}/$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(firstText.split(' (')[0]!);
});

test('a glossary term previews its definition on keyboard focus and links to its entry', async ({ page }) => {
  const page_ = explainers.find(Boolean)!;
  await page.goto(page_);
  const term = page.locator('article .term a').first();
  const tip = page.locator(`[id="${await term.getAttribute('aria-describedby')}"]`);
  await expect(tip).toBeHidden();
  await term.focus();
  await expect(tip).toBeVisible();
  await expect(tip).not.toBeEmpty();
  // WCAG 1.4.13: Escape dismisses the preview, and focus stays on the term.
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await expect(term).toBeFocused();
  const id = (await term.getAttribute('href'))!.split('#')[1]!;
  await term.click();
  await expect(page).toHaveURL(new RegExp(`/glossary/#${id}$`));
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});

test('the positions table is readable at 375 px with no horizontal page scroll', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  let found = false;
  for (const path of explainers) {
    await page.goto(path);
    const table = page.locator('article .positions table').first();
    if ((await table.count()) === 0) continue;
    found = true;
    await table.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const box = (await table.locator('td').first().boundingBox())!;
    expect(box.width).toBeGreaterThan(250); // the text column gets the screen's width, not a sliver
  }
  expect(found, 'no explainer has a <Positions> table').toBe(true);
});

test('cite this page offers APA, MLA, Chicago and BibTeX as selectable text', async ({ page }) => {
  await page.goto(explainers[0]!);
  const box = page.getByRole('region', { name: /cite this page/i });
  for (const style of ['APA', 'MLA', 'Chicago', 'BibTeX']) await expect(box.getByText(style, { exact: true })).toBeVisible();
  await expect(box).toContainText('@online{');
});

