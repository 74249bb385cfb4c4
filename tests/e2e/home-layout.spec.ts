/** The home page shows before it tells: a map above the fold beside the text on wide screens, text first on phones, cards, cited figures and ten dates. */
import { test, expect } from './fixtures.ts';
import { EXPLAINER_CARDS, KEY_DATES, KEY_FIGURES } from '../../src/data/home.ts';

test('at 1280 px the locator map is above the fold, beside the Start here text', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const map = (await page.locator('.home-maps figure#map-locator > svg').boundingBox())!;
  const text = (await page.locator('section.start').boundingBox())!;
  expect(map.y, 'the map starts above the fold').toBeLessThan(800 - 100);
  expect(map.x, 'the map is to the right of the text').toBeGreaterThanOrEqual(text.x + text.width);
  await expect(page.locator('.home-maps figure#control-strip svg[role="img"]')).toHaveCount(4);
});

test('at 375 px the order is the text, then the map, then the rest', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/');
  const top = async (selector: string) => (await page.locator(selector).first().boundingBox())!.y;
  const questions = await top('section.start h2#questions-this-site-answers');
  const map = await top('.home-maps figure#map-locator');
  const cards = await top('h2#explainers');
  expect(questions).toBeLessThan(map);
  expect(map).toBeLessThan(cards);
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
});

test('each explainer card has its summary, its span of time and its reading time', async ({ page }) => {
  await page.goto('/');
  const cards = page.locator('ol.cards > li');
  await expect(cards).toHaveCount(Object.keys(EXPLAINER_CARDS).length);
  for (const [id, card] of Object.entries(EXPLAINER_CARDS)) {
    const li = cards.filter({ has: page.locator(`a[href="/explainers/${id}/"]`) });
    await expect(li).toContainText(card.line);
    await expect(li.locator('.meta')).toHaveText(new RegExp(`^${card.span} · \\d+ min read$`));
  }
});

test('each key figure cites its sources, and each of the ten dates links to its timeline entry', async ({ page }) => {
  await page.goto('/');
  const figures = page.locator('ul.figures > li');
  await expect(figures).toHaveCount(KEY_FIGURES.length);
  for (const [i, k] of KEY_FIGURES.entries()) {
    await expect(figures.nth(i).locator('strong')).toHaveText(k.figure);
    expect(
      await figures
        .nth(i)
        .getByRole('link')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
    ).toEqual(k.sources.map((s) => `/sources/#${s}`));
  }
  const dates = page.locator('ol.dates a');
  expect(await dates.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
    KEY_DATES.map((d) => `/timeline/#${d.event}`),
  );
  await page.goto('/timeline/');
  for (const d of KEY_DATES) await expect(page.locator(`[id="${d.event}"]`)).toHaveCount(1);
});

test('the questions this site answers are still listed', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Questions this site answers' })).toBeVisible();
  expect(await page.locator('section.start ul a').count()).toBeGreaterThan(10);
});
