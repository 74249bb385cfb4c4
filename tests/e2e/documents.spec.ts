/**
 * The primary documents: each clause is its own block with a stable anchor,
 * every <Clause> link in the explainers lands on a clause that exists, and a
 * search for a clause's key words lands on that clause.
 */
import { test, expect, loadAllResults, openSearch, sitemapPaths } from './fixtures.ts';

const NOVEMBER = '/documents/trilateral-statement-2020/';

test('the November 2020 statement shows all nine points, each with its text, a dated status with citations, and where the explainers discuss it', async ({
  page,
}) => {
  await page.goto(NOVEMBER);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('Trilateral statement of 10 November 2020');
  for (let n = 1; n <= 9; n++) {
    const clause = main.getByRole('region', { name: new RegExp(`^Point ${n}: `) });
    await expect(clause.getByRole('heading', { level: 2 })).toHaveAttribute('id', `point-${n}`);
    // The text: a quotation with its caption, or a summary that says so.
    await expect(clause.locator('blockquote, .summary').first()).toBeVisible();
    await expect(clause.locator('figcaption, .summary > .muted').first()).toContainText(
      /version published by|Summary in this site’s words/,
    );
    const became = clause.getByRole('heading', { name: 'What became of it' }).locator('xpath=following-sibling::p[1]');
    await expect(became.locator('.clause-status')).toHaveText(
      /^(Carried out|Partly carried out|Not carried out|Overtaken|Disputed)$/,
    );
    await expect(became.locator('time')).toHaveAttribute('datetime', /^\d{4}(-\d{2}){0,2}$/);
    expect(await became.locator('a.cite').count(), `point ${n} cites a source for its status`).toBeGreaterThan(0);
    await expect(clause.getByRole('heading', { name: 'Where the explainers discuss it' })).toBeVisible();
  }
  // Point 6 gives each side's account, attributed.
  const accounts = main.getByRole('region', { name: /^Point 6: / }).locator('.accounts li');
  await expect(accounts.filter({ hasText: /^Armenia: / })).not.toHaveCount(0);
  await expect(accounts.filter({ hasText: /^Azerbaijan: / })).not.toHaveCount(0);
  // Every citation on the page points at an entry of the References list.
  for (const href of await main
    .locator('a.cite')
    .evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!))])) {
    await expect(main.locator(`.references li${href}`)).toHaveCount(1);
  }
});

test('the documents index lists the documents in date order and shows the November statement point by point', async ({
  page,
}) => {
  await page.goto('/documents/');
  const main = page.getByRole('main');
  const dates = await main
    .locator('.doc-list > li time')
    .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
  expect(dates.length).toBeGreaterThanOrEqual(2);
  expect([...dates].sort()).toEqual(dates);
  const moscow = main
    .locator('.doc-list > li')
    .filter({ has: page.getByRole('link', { name: 'Moscow statement of 10 October 2020' }) });
  await expect(moscow).toContainText('Azerbaijan, Armenia, Russia');
  const table = main.getByRole('table');
  await expect(table.locator('tbody tr')).toHaveCount(9);
  const row6 = table.locator('tbody tr').nth(5);
  await expect(row6.getByRole('link')).toHaveAttribute('href', `${NOVEMBER}#point-6`);
  await expect(row6.locator('.clause-status')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Documents' })).toHaveAttribute(
    'aria-current',
    'page',
  );
});

test('every <Clause> link in the explainers, and every "where the explainers discuss it" link, lands on an element that exists', async ({
  page,
}) => {
  const links = new Map<string, string>();
  for (const path of sitemapPaths().filter((p) => p.startsWith('/explainers/') && p !== '/explainers/')) {
    await page.goto(path);
    for (const href of await page
      .locator('main a.clause-link')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
      links.set(href, path);
  }
  expect(links.size, 'the explainers link to clauses').toBeGreaterThan(5);
  for (const path of sitemapPaths().filter((p) => p.startsWith('/documents/') && p !== '/documents/')) {
    await page.goto(path);
    for (const href of await page
      .locator('main .discussed a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
      links.set(href, path);
  }
  for (const [href, from] of links) {
    const [pathname, hash] = href.split('#');
    await page.goto(pathname!);
    expect(page.url(), `${href} (linked from ${from})`).toContain(pathname);
    if (hash) await expect(page.locator(`[id="${hash}"]`), `${href} (linked from ${from})`).toHaveCount(1);
  }
});

for (const { query, anchor, heading } of [
  { query: 'Lachin corridor guarantee', anchor: 'point-6', heading: /^Point 6: / },
  { query: 'border guards Nakhchivan', anchor: 'point-9', heading: /^Point 9: / },
]) {
  test(`a search for "${query}" lands on ${anchor} of the November 2020 statement`, async ({ page }) => {
    await page.goto('/');
    const { dialog, input } = await openSearch(page);
    await input.fill(query);
    const results = dialog.locator('.search-results');
    await loadAllResults(results);
    const sub = results.locator(`a.search-subresult-link[href*="${NOVEMBER}"][href$="#${anchor}"]`);
    await expect(sub).toHaveCount(1);
    await expect(sub).toHaveText(heading);
    await sub.click();
    await expect(page).toHaveURL(new RegExp(`${NOVEMBER}\\?highlight=[^#]*#${anchor}$`));
    const target = page.locator(`#${anchor}`);
    await expect(target).toHaveText(heading);
    await expect(target).toBeInViewport();
  });
}
