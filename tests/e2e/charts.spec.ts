/** The charts: a text alternative, a direct label for every count, every figure in the table with its sources, within the per-figure budget, and legible at 375 px. */
import { test, expect, labelCollisions } from './fixtures.ts';
import { DEATHS_2020, DISPLACEMENT, figureText } from '../../src/data/charts.ts';

test('the deaths chart names every count on its line and gives every figure with its date and sources', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/maps/');
  const figure = page.locator('figure.chart#chart-deaths-2020');
  const svg = figure.locator('svg[role="img"]:visible');
  await expect(svg).toHaveAccessibleName('Reported deaths in the 2020 war, by who counted them');
  await expect(svg).toHaveAccessibleDescription(/388 on 9 October 2020 to at least 1,586 on 18 November/);
  const texts = (await svg.locator('text').allTextContents()).join(' | ');
  for (const s of DEATHS_2020) expect(texts, `direct label of ${s.id}`).toContain(s.short);
  const legend = figure.getByRole('list', { name: 'Legend' });
  for (const s of DEATHS_2020) await expect(legend).toContainText(s.label);
  await figure.getByText('Every figure, with its date and sources').click();
  const rows = figure.getByRole('table').locator('tbody tr');
  const figures = DEATHS_2020.flatMap((s) => s.figures.map((f) => ({ s, f })));
  await expect(rows).toHaveCount(figures.length);
  for (const [i, { s, f }] of figures.entries()) {
    await expect(rows.nth(i).getByRole('rowheader')).toHaveText(s.label);
    await expect(rows.nth(i).getByRole('cell').nth(1)).toContainText(figureText(f));
    const hrefs = await rows
      .nth(i)
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(f.sources.map((id) => `/sources/#${id}`));
  }
});

test('the displacement chart gives each group its range in words and every figure with who gave it and its sources', async ({
  page,
}) => {
  await page.goto('/maps/');
  const figure = page.locator('figure.chart#chart-displacement');
  const svg = figure.locator('svg[role="img"]:visible');
  await expect(svg).toHaveAccessibleName('People displaced by the conflict, 1988-1994 and 2023');
  for (const r of DISPLACEMENT) {
    const range = r.high ? `${figureText(r.low)} to ${figureText(r.high)}` : figureText(r.low);
    await expect(svg).toHaveAccessibleDescription(new RegExp(`${r.who}, ${r.when}: ${range}`));
    expect(await svg.locator('text').allTextContents()).toContain(range);
  }
  await figure.getByText('Every figure, with who gave it and its sources').click();
  const rows = figure.getByRole('table').locator('tbody tr');
  const figures = DISPLACEMENT.flatMap((r) => [r.low, ...(r.high ? [r.high] : [])]);
  await expect(rows).toHaveCount(figures.length);
  for (const [i, f] of figures.entries()) {
    await expect(rows.nth(i).getByRole('cell').nth(0)).toContainText(figureText(f));
    await expect(rows.nth(i).getByRole('cell').nth(1)).toContainText(f.by);
    expect(
      await rows
        .nth(i)
        .getByRole('link')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
    ).toEqual(f.sources.map((id) => `/sources/#${id}`));
  }
});

test('each chart is at most 60 KB raw, with no script', async ({ page }) => {
  await page.goto('/maps/');
  const sizes = await page.locator('figure.chart').evaluateAll((fs) => fs.map((f) => new Blob([f.outerHTML]).size));
  expect(sizes.length).toBeGreaterThanOrEqual(2);
  for (const size of sizes) expect(size).toBeLessThanOrEqual(60 * 1024);
  expect(await page.locator('figure.chart script').count()).toBe(0);
});

test('at 375 px the charts show their narrow layout, fit the page, and their labels do not collide', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 900 });
  await page.goto('/maps/');
  await expect(page.locator('figure.chart svg.chart-narrow').first()).toBeVisible();
  await expect(page.locator('figure.chart svg.chart-wide').first()).toBeHidden();
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  expect(await labelCollisions(page.locator('figure.chart svg.chart-narrow'))).toEqual([]);
  const fontPx = await page
    .locator('figure.chart svg.chart-narrow text')
    .first()
    .evaluate((t) => t.getBoundingClientRect().height);
  expect(fontPx, 'chart text is at least about 10 px high at 375 px').toBeGreaterThanOrEqual(10);
});
