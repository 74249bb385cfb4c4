/** The timeline: filters with and without JavaScript, permalinks, search into an event, and its size. */
import { test, expect, openSearch } from './fixtures.ts';
import { axeViolations } from './axe.ts';

const WAR = /^The 2020 war/;

test.describe('with JavaScript', () => {
  test('the period filter hides other periods in place and keeps the filter in the address', async ({ page }) => {
    await page.goto('/timeline/');
    const status = page.getByRole('status');
    await expect(status).toHaveText(/^Showing all \d+ events\.$/);
    const total = await page.locator('.tl-event').count();
    const inWar = await page.locator('section[data-period="war-2020"] .tl-event').count();
    const filters = page.getByRole('navigation', { name: 'Filter the timeline' });

    await filters.getByRole('link', { name: WAR }).click();
    await expect(page).toHaveURL(/\/timeline\/\?period=war-2020$/);
    await expect(status).toHaveText(`Showing ${inWar} of ${total} events.`);
    await expect(page.locator('.tl-event:visible')).toHaveCount(inWar);
    await expect(page.getByRole('heading', { level: 2, name: WAR })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: /^Roots/ })).toBeHidden();
    await expect(filters.getByRole('link', { name: WAR })).toHaveAttribute('aria-current', 'true');

    // The address alone restores the filter.
    await page.reload();
    await expect(status).toHaveText(`Showing ${inWar} of ${total} events.`);
    await expect(page.locator('.tl-event:visible')).toHaveCount(inWar);

    await filters.getByRole('link', { name: 'All periods' }).click();
    await expect(page).toHaveURL(/\/timeline\/$/);
    await expect(status).toHaveText(`Showing all ${total} events.`);
    await expect(page.locator('.tl-event:visible')).toHaveCount(total);
  });

  test('period and place filters combine', async ({ page }) => {
    await page.goto('/timeline/?period=war-2020&place=stepanakert');
    const expected = await page
      .locator('section[data-period="war-2020"] .tl-event[data-places~="stepanakert"]')
      .count();
    expect(expected).toBeGreaterThan(0);
    await expect(page.locator('.tl-event:visible')).toHaveCount(expected);
    const filters = page.getByRole('navigation', { name: 'Filter the timeline' });
    await expect(filters.getByRole('link', { name: /^Stepanakert/ })).toBeVisible(); // the place list opens
    await filters.getByRole('link', { name: 'All places' }).click();
    await expect(page).toHaveURL(/\/timeline\/\?period=war-2020$/);
  });

  test('an unknown filter value in the address is ignored', async ({ page }) => {
    await page.goto('/timeline/?period=no-such-period');
    await expect(page.getByRole('status')).toHaveText(/^Showing all \d+ events\.$/);
  });

  test('an event permalink scrolls the event into view', async ({ page }) => {
    await page.goto('/timeline/');
    const id = await page.locator('.tl-event h3').last().getAttribute('id');
    await page.goto(`/timeline/#${id}`);
    await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
    await expect(page.getByRole('heading', { level: 1 })).not.toBeInViewport();
  });

  test('a search for an event’s distinctive words leads to the event on the timeline', async ({ page }) => {
    // Words only this event's summary has; its id never changes once published.
    const id = '1991-04-30-operation-ring-begins';
    await page.goto('/');
    const { dialog, input } = await openSearch(page);
    await input.fill('Getashen Martunashen');
    const results = dialog.locator('.search-results');
    const subResult = results.locator(`a[href*="/timeline/"][href$="#${id}"]`);
    await expect(subResult).toBeVisible();
    await subResult.click();
    await expect(page).toHaveURL(new RegExp(`/timeline/(\\?[^#]*)?#${id}$`));
    await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  });

  test('the filter script loads on /timeline/ only', async ({ page }) => {
    const scripts = async (path: string) => {
      await page.goto(path);
      return page.locator('script[src*="TimelineLiveFilter"]').count();
    };
    expect(await scripts('/timeline/')).toBe(1);
    expect(await scripts('/timeline/period/war-2020/')).toBe(0);
    expect(await scripts('/explainers/')).toBe(0);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the period filter leads to a pre-built page of that period', async ({ page }) => {
    await page.goto('/timeline/');
    const inWar = await page.locator('section[data-period="war-2020"] .tl-event').count();
    await page.getByRole('navigation', { name: 'Filter the timeline' }).getByRole('link', { name: WAR }).click();
    await expect(page).toHaveURL(/\/timeline\/period\/war-2020\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Timeline: The 2020 war/);
    await expect(page.locator('.tl-event')).toHaveCount(inWar);
    await expect(page.locator('section[data-period]')).toHaveCount(1);
    await expect(page.getByRole('status')).toHaveText(new RegExp(`^Showing ${inWar} of \\d+ events\\.$`));
    await expect(
      page.getByRole('navigation', { name: 'Filter the timeline' }).getByRole('link', { name: WAR }),
    ).toHaveAttribute('aria-current', 'true');
  });

  test('the place filter leads to a pre-built page of that place', async ({ page }) => {
    await page.goto('/timeline/');
    const inShusha = await page.locator('.tl-event[data-places~="shusha"]').count();
    const filters = page.getByRole('navigation', { name: 'Filter the timeline' });
    await filters.getByText('By place').click(); // opens the <details>
    await filters.getByRole('link', { name: /^Shusha \(/ }).click();
    await expect(page).toHaveURL(/\/timeline\/place\/shusha\/$/);
    await expect(page.locator('.tl-event')).toHaveCount(inShusha);
  });
});

test('/timeline/ HTML stays under 300 KB raw', async ({ request }) => {
  const body = await (await request.get('/timeline/')).body();
  console.log(`/timeline/: ${body.length} bytes of HTML`);
  expect(body.length).toBeLessThan(300 * 1024);
});

test('the filtered pages are kept out of search engines and the search index', async ({ request }) => {
  for (const path of ['/timeline/period/war-2020/', '/timeline/place/shusha/']) {
    const html = await (await request.get(path)).text();
    expect(html, path).toContain('<meta name="robots" content="noindex, follow">');
    expect(html, path).not.toContain('data-pagefind-body');
  }
  const timeline = await (await request.get('/timeline/')).text();
  expect(timeline).not.toContain('name="robots"');
  // Indexed event by event (src/lib/timeline-search.ts), not as one page: tests/e2e/search.spec.ts finds an event.
  expect(timeline).not.toContain('data-pagefind-body');
});

// The filtered pages are not in the sitemap, so the sitemap-driven accessibility tests do not reach them.
for (const path of ['/timeline/period/war-2020/', '/timeline/place/shusha/']) {
  test(`${path} has no WCAG 2.2 A/AA violations`, async ({ page }) => {
    await page.goto(path);
    expect(await axeViolations(page)).toEqual([]);
  });
}
