/** The editorial components as a reader meets them: In short, citations, notes, places, glossary terms, positions. */
import { test, expect, sitemapPaths } from './fixtures.ts';

const explainers = sitemapPaths().filter((p) => /^\/explainers\/[^/]+\/$/.test(p));

test('a citation jumps to its reference, and the back-link returns to the same spot', async ({ page }) => {
  await page.goto(explainers[0]!);
  const article = page.locator('article');
  // The second citation of the page's first source: its back-link is not the first one.
  const cite = article.locator('a.cite[id$="-2"]').first();
  const citeId = await cite.evaluate((a) => a.id);
  const [, n, k] = /^cite-(\d+)-(\d+)$/.exec(citeId)!;
  await cite.click();
  await expect(page).toHaveURL(new RegExp(`#ref-${n}$`));
  const ref = page.locator(`#ref-${n}`);
  await expect(ref).toBeInViewport();
  // Several back-links: the stylesheet draws the arrow before the first, with an empty text alternative.
  const first = ref.getByRole('link', { name: 'Back to citation 1', exact: true });
  expect(await first.evaluate((a) => getComputedStyle(a, '::before').content)).toBe('"↩" / ""');
  await ref.getByRole('link', { name: `Back to citation ${k}`, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`#${citeId}$`));
  await expect(page.locator(`#${citeId}`)).toBeInViewport();
});

test('every explainer opens with In short: 5-7 cited items, first in its contents', async ({ page }) => {
  for (const path of explainers) {
    await page.goto(path);
    const inShort = page.locator('article > section#in-short');
    await expect(inShort.getByRole('heading', { name: 'In short' }), path).toBeVisible();
    // Nothing a reader sees comes before it in the article (the hidden search metadata does not count).
    expect(await page.locator('article > :not([hidden])').first().getAttribute('id'), path).toBe('in-short');
    const items = inShort.locator('li');
    const n = await items.count();
    expect(n, path).toBeGreaterThanOrEqual(5);
    expect(n, path).toBeLessThanOrEqual(7);
    for (let i = 0; i < n; i++)
      await expect(items.nth(i).locator('a.cite').first(), `${path} item ${i + 1}`).toBeAttached();
    const contents = page.getByRole('navigation', { name: 'On this page' });
    await expect(contents.getByRole('link').first()).toHaveText('In short');
    await expect(contents.getByRole('link').first()).toHaveAttribute('href', '#in-short');
  }
});

test('notes are lettered in reading order, one note per marker, in their own list before the references', async ({
  page,
}) => {
  let pagesWithNotes = 0;
  for (const path of explainers) {
    await page.goto(path);
    const marks = await page.locator('article a.note-mark').allTextContents();
    const notes = page.locator('article section.notes li');
    if (marks.length === 0) {
      await expect(notes).toHaveCount(0);
      continue;
    }
    pagesWithNotes++;
    const letters = marks.map((m) => m.replace(/[[\]]/g, ''));
    expect(letters.slice(0, 3), path).toEqual(['a', 'b', 'c'].slice(0, Math.min(3, letters.length)));
    expect(await notes.evaluateAll((lis) => lis.map((li) => li.id)), path).toEqual(letters.map((l) => `note-${l}`));
    // The list shows the same letters as the markers.
    expect(await notes.first().evaluate((li) => getComputedStyle(li.parentElement!).listStyleType), path).toBe(
      'lower-alpha',
    );
    await expect(
      page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Notes', exact: true }),
    ).toHaveAttribute('href', '#notes');
    // Notes come before the references, and are not the references.
    expect(
      await page.evaluate(
        () =>
          !!(
            document.querySelector('#notes')!.compareDocumentPosition(document.querySelector('#references')!) &
            Node.DOCUMENT_POSITION_FOLLOWING
          ),
      ),
      path,
    ).toBe(true);
  }
  expect(pagesWithNotes, 'at least one explainer has notes').toBeGreaterThan(0);
});

test('a note marker jumps to its note, and the back-link returns to the same spot', async ({ page }) => {
  for (const path of explainers) {
    await page.goto(path);
    const marks = page.locator('article a.note-mark');
    if ((await marks.count()) < 2) continue;
    // The second note: its back-link is not the first one.
    const mark = marks.nth(1);
    const markId = await mark.evaluate((a) => a.id);
    const letter = markId.replace('note-mark-', '');
    await mark.click();
    await expect(page).toHaveURL(new RegExp(`#note-${letter}$`));
    const note = page.locator(`#note-${letter}`);
    await expect(note).toBeInViewport();
    await expect(note).not.toBeEmpty();
    await note.getByRole('link', { name: `Back to note ${letter}`, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`#${markId}$`));
    await expect(page.locator(`#${markId}`)).toBeInViewport();
    return;
  }
  throw new Error('no explainer has two notes to test');
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
  // Every place named twice or more on an explainer whose first mention gives a second name in brackets.
  let checked = 0;
  for (const path of explainers) {
    await page.goto(path);
    const mentions = await page.locator('article a.place').evaluateAll((links) =>
      links.map((a) => ({
        href: a.getAttribute('href')!,
        text: a.textContent + (a.nextSibling?.textContent ?? '').slice(0, 40),
      })),
    );
    for (const href of new Set(mentions.map((m) => m.href))) {
      const [first, second] = mentions.filter((m) => m.href === href);
      if (!second || !/^[^(]+ \(/.test(first!.text)) continue;
      const name = first!.text.split(' (')[0]!;
      expect(second.text, `${path}: second mention of ${href}`).toMatch(new RegExp(`^${name}(?! \\()`));
      checked++;
    }
  }
  expect(checked, 'at least one place is named twice with two names').toBeGreaterThan(0);
  await page.goto('/explainers/moscow-talks/');
  const shusha = page.locator('article a.place[href="/places/shusha/"]').first();
  await expect(shusha).toHaveText('Shusha');
  expect(await shusha.evaluate((a) => a.nextSibling?.textContent ?? '')).toMatch(/^ \(Shushi\)/);
  await shusha.click();
  await expect(page).toHaveURL(/\/places\/shusha\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Shusha');
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
  for (const style of ['APA', 'MLA', 'Chicago', 'BibTeX'])
    await expect(box.getByText(style, { exact: true })).toBeVisible();
  await expect(box).toContainText('@online{');
});

test('the aftermath page says to which month its events are covered, apart from its last review', async ({ page }) => {
  await page.goto('/explainers/aftermath/');
  const meta = page.locator('header.page-head .meta');
  await expect(meta).toHaveText(/^Events covered to: [A-Z][a-z]+ \d{4} · Last reviewed \d{1,2} [A-Z][a-z]+ \d{4} · /);
  await expect(meta.locator('time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}$/);
});

test('every reference number fits in the margin of its list, which clips what overflows (content-visibility)', async ({
  page,
}) => {
  for (const path of explainers) {
    await page.goto(path);
    const { marker, room } = await page.locator('.references ol').evaluate((ol) => {
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = getComputedStyle(ol.lastElementChild!).font;
      // The widest number is the last one; an outside marker is the number, a full stop and a space.
      return {
        marker: context.measureText(`${ol.children.length}. `).width,
        room: parseFloat(getComputedStyle(ol).paddingLeft),
      };
    });
    expect(marker, `${path}: the last reference's number, against the list's left padding`).toBeLessThanOrEqual(room);
  }
});
