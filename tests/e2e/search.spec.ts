import { test, expect, openSearch } from './fixtures.ts';

test('no search code is fetched before search is opened', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('/explainers/');
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
  await openSearch(page);
  expect(fetched).toContain('/pagefind/pagefind-modular-ui.js');
});

test('search opens with Ctrl+K, closes with Escape, and focus returns', async ({ page }) => {
  await page.goto('/about/');
  const link = page.getByRole('main').getByRole('link', { name: 'glossary' }).first();
  await link.focus();
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(link).toBeFocused();
});

test('the search dialog keeps keyboard focus inside it', async ({ page }) => {
  await page.goto('/');
  const { dialog } = await openSearch(page);
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Shift+Tab');
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }
  await dialog.getByRole('button', { name: 'Close search' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('banner').getByRole('link', { name: /search/i })).toBeFocused();
});

/**
 * A word that, in the whole site, only one indexed page contains. If content
 * elsewhere starts to use it, this test fails and a new word must be chosen.
 */
const UNIQUE = { word: 'broadcasters', page: '/about/', heading: 'About this site' };

test('a search from the header finds the one page with a unique word, and the word is highlighted there', async ({
  page,
}) => {
  await page.goto('/timeline/');
  const { dialog, input } = await openSearch(page);
  await input.fill(UNIQUE.word);
  const results = dialog.locator('.search-results');
  await expect(results.locator('> li')).toHaveCount(1);
  const link = results.locator('.search-result-link').first();
  await expect(link).toHaveText(UNIQUE.heading);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${UNIQUE.page}\\?highlight=${UNIQUE.word}`));
  const mark = page.getByRole('main').locator('mark.pagefind-highlight');
  await expect(mark.first()).toBeVisible();
  await expect(mark.first()).toHaveText(new RegExp(UNIQUE.word, 'i'));
});

/** Results fetch Pagefind's fragments: on a busy shared machine that can take longer than the default 5 s. */
const RESULTS = { timeout: 15_000 };

/** Every name of a place, in every script, ranks the place's page first and an explainer in the top three. */
const NAMES: [string, string][] = [
  ['Khankendi', 'stepanakert'],
  ['Xankəndi', 'stepanakert'],
  ['Stepanakert', 'stepanakert'],
  ['Shushi', 'shusha'],
  ['Şuşa', 'shusha'],
  ['Шуша', 'shusha'],
  ['Berdzor', 'lachin'],
];

for (const [name, id] of NAMES) {
  test(`searching "${name}" ranks the page of ${id} first and an explainer in the top three`, async ({ page }) => {
    await page.goto('/');
    const { dialog, input } = await openSearch(page);
    await input.fill(name);
    const links = dialog.locator('.search-results > li .search-result-link');
    await expect(links.first()).toHaveAttribute('href', new RegExp(`^/places/${id}/\\?`), RESULTS);
    await expect(links.nth(2)).toBeVisible(RESULTS);
    const top3 = await links.evaluateAll((as) => as.slice(0, 3).map((a) => a.getAttribute('href')!));
    expect(
      top3.some((h) => h.startsWith('/explainers/')),
      top3.join(' '),
    ).toBe(true);
    await links.first().click();
    await expect(page).toHaveURL(new RegExp(`/places/${id}/\\?`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
}

test("searching a person's name ranks their page first", async ({ page }) => {
  await page.goto('/');
  const { dialog, input } = await openSearch(page);
  await input.fill('Zohrab Mnatsakanyan');
  await expect(dialog.locator('.search-result-link').first()).toHaveAttribute(
    'href',
    /^\/people\/zohrab-mnatsakanyan\/\?/,
    RESULTS,
  );
});

/** A misspelt name: "Did you mean" offers the right name, and following it finds the page. */
const MISSPELT: [string, string, string][] = [
  ['Stepankert', 'Stepanakert', '/places/stepanakert/'],
  ['Shushy', 'Shusha', '/places/shusha/'],
  ['Khankendy', 'Khankendi', '/places/stepanakert/'],
  ['Nagorno Karabagh', 'Nagorno-Karabakh', '/places/nagorno-karabakh/'],
  ['Mnatsakanian', 'Zohrab Mnatsakanyan', '/people/zohrab-mnatsakanyan/'],
];

for (const [typed, meant, path] of MISSPELT) {
  test(`"${typed}" suggests "${meant}", which finds ${path}`, async ({ page }) => {
    await page.goto('/');
    const { dialog, input } = await openSearch(page);
    await input.fill(typed);
    const suggestion = dialog.locator('.search-suggest').getByRole('link', { name: meant, exact: true });
    await expect(suggestion).toBeVisible(RESULTS);
    await expect(suggestion).toHaveAttribute('href', `/search/?q=${encodeURIComponent(meant)}`);
    await suggestion.click();
    await expect(input).toHaveValue(meant);
    const first = dialog.locator('.search-results > li .search-result-link').first();
    await expect(first).toHaveAttribute('href', new RegExp(`^${path}\\?`), RESULTS);
    await expect(dialog.locator('.search-suggest')).toBeEmpty();
    await first.click();
    await expect(page).toHaveURL(new RegExp(`${path}\\?`));
  });
}

test('a name spelt right gets no suggestion, and the list of names is not fetched', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('/');
  const { dialog, input } = await openSearch(page);
  await input.fill('Stepanakert');
  await expect(dialog.locator('.search-result-link').first()).toHaveAttribute(
    'href',
    /^\/places\/stepanakert\//,
    RESULTS,
  );
  await page.waitForLoadState('networkidle');
  await expect(dialog.locator('.search-suggest')).toBeEmpty();
  expect(fetched).not.toContain('/search/names.json');
});

test('hovering or focusing the search button preloads Pagefind and its WebAssembly; loading the page does not', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('/explainers/');
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
  const trigger = page.getByRole('banner').getByRole('link', { name: /search/i });
  await trigger.focus();
  await expect.poll(() => fetched.some((p) => /^\/pagefind\/wasm\.[a-z-]+\.pagefind$/.test(p))).toBe(true);
  expect(fetched).toContain('/pagefind/pagefind.js');
  await expect(page.getByRole('dialog', { name: 'Search' })).toBeHidden();
});

test('a query is capped at 200 characters, the page says so, and a long paste still ends in an answer', async ({
  page,
}) => {
  await page.goto('/');
  const { dialog, input } = await openSearch(page);
  await expect(dialog.getByText('Up to 200 characters.')).toBeVisible();
  await input.fill('ceasefire '.repeat(500));
  expect((await input.inputValue()).length).toBe(200);
  await expect(dialog.getByRole('status')).not.toBeEmpty();
  // The rows a reader scrolls to load (a 5,000-character query once left 33 of them as placeholders
  // for over 20 s). Rows further down load as they come into view, one by one: the first five are enough.
  const results = dialog.locator('.search-results');
  await expect
    .poll(
      () =>
        results.evaluate((list) => {
          const rows = [...list.querySelectorAll(':scope > li')].slice(0, 5);
          const pending = rows.find(
            (li) => li.matches('[data-pfmod-loading]') || li.querySelector('[data-pfmod-loading]'),
          );
          pending?.scrollIntoView({ block: 'nearest' });
          return rows.length === 5 && !pending && rows.every((li) => li.querySelector('a[href]'));
        }),
      { intervals: [100, 250, 500], timeout: 20_000 },
    )
    .toBe(true);
});

test('/search/?q= runs the search on load, and the address follows the box', async ({ page }) => {
  await page.goto('/search/?q=Berdzor');
  const main = page.getByRole('main');
  await expect(main.getByRole('textbox')).toHaveValue('Berdzor');
  await expect(main.locator('.search-result-link').first()).toHaveAttribute('href', /^\/places\/lachin\/\?/, RESULTS);
  await main.getByRole('textbox').fill('Shushi');
  await expect(page).toHaveURL(/\/search\/\?q=Shushi$/);
});

test('an OpenSearch description is linked from every page, with absolute addresses', async ({ page, request }) => {
  await page.goto('/');
  const link = page.locator('head link[rel="search"][type="application/opensearchdescription+xml"]');
  await expect(link).toHaveAttribute('href', '/opensearch.xml');
  const xml = await (await request.get('/opensearch.xml')).text();
  expect(xml).toMatch(
    /<Url type="text\/html" method="get" template="https?:\/\/[^"]+\/search\/\?q=\{searchTerms\}"\/>/,
  );
  expect(xml).toContain('<ShortName>');
});

test('a result of a two-word query highlights each word on the page it opens', async ({ page }) => {
  await page.goto('/');
  const { dialog, input } = await openSearch(page);
  await input.fill('Shusha Lachin');
  const link = dialog.locator('.search-results > li .search-result-link').first();
  // Pagefind's highlightParam adds the words as it searched them, in lower case; the highlight script ignores case.
  await expect(link).toHaveAttribute('href', /\?highlight=shusha&highlight=lachin/i, RESULTS);
  await link.click();
  const marks = page.getByRole('main').locator('mark.pagefind-highlight');
  await expect(marks.filter({ hasText: /^Shusha$/i }).first()).toBeVisible();
  await expect(marks.filter({ hasText: /^Lachin$/i }).first()).toBeAttached();
});

test('a timeline event is a result of its own, which opens the timeline at the event with the word highlighted', async ({
  page,
}) => {
  const event = '1919-01-15-sultanov-governor-general';
  await page.goto('/');
  const { dialog, input } = await openSearch(page);
  await input.fill('Sultanov');
  const link = dialog.locator(
    `.search-results > li .search-result-link[href="/timeline/?highlight=sultanov#${event}"]`,
  );
  await expect(link).toHaveText('Azerbaijan appoints Sultanov governor-general of Karabakh', RESULTS);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/timeline/\\?highlight=sultanov#${event}$`));
  await expect(page.locator(`[id="${event}"] mark.pagefind-highlight`)).toHaveText('Sultanov');
});

test('words typed while Pagefind is still loading end in the results of the last one', async ({ page }) => {
  // Pagefind's Modular UI numbers each search only once Pagefind has loaded, polling every 50 ms until
  // then, so of several searches made while it loads, any one could come last and win. A slow pagefind.js
  // makes the window wide; the words are typed with pauses longer than the input's debounce.
  await page.route('**/pagefind/pagefind.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto('/');
  const { dialog, input } = await openSearch(page);
  for (const word of ['Shusha', 'Lachin', 'Agdam', 'Karabakh']) {
    await input.fill(word);
    await page.waitForTimeout(65);
  }
  await expect(dialog.getByRole('status')).toHaveText(/ results? for Karabakh$/, { timeout: 15_000 });
  await expect(dialog.locator('.search-result').first().locator('mark').first()).toHaveText(/karabakh/i);
});

test('Escape pressed while Pagefind is still loading raises no error (README, Notes)', async ({ page }) => {
  // Slow filters: Pagefind's module is there, its filters are not, the window in which results for "" broke FilterPills.
  await page.route('**/pagefind/filter/**', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await route.continue();
  });
  await page.goto('/');
  const { dialog } = await openSearch(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // Reopened once Pagefind has loaded, search works; the fixture fails the test on any page error.
  await openSearch(page).then(({ input }) => input.fill('Shusha'));
  await expect(dialog.locator('.search-result').first()).toBeVisible();
});
