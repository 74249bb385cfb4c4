/** The place and people pages: one per entry, reachable from the index and from the explainers, with what each promises. */
import { readdirSync } from 'node:fs';
import { test, expect, sitemapPaths } from './fixtures.ts';

const ids = (dir: string) => readdirSync(`content/${dir}`).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -5)).sort();
const places = ids('places');
const people = ids('people');

test('every place and every person has a page in the sitemap', () => {
  const paths = sitemapPaths();
  expect(places.length).toBe(44);
  expect(people.length).toBe(31);
  for (const id of places) expect(paths).toContain(`/places/${id}/`);
  for (const id of people) expect(paths).toContain(`/people/${id}/`);
});

test('the places index links every place page, grouped by kind, and maps the places', async ({ page }) => {
  await page.goto('/places/');
  const main = page.getByRole('main');
  const hrefs = await main.locator('section a[href^="/places/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect([...hrefs].sort()).toEqual(places.map((id) => `/places/${id}/`));
  await expect(main.getByRole('heading', { level: 2, name: 'Towns' })).toBeVisible();
  await expect(main.getByRole('img', { name: 'Places in the South Caucasus' })).toBeVisible();
  await expect(main.locator('section', { has: page.getByRole('heading', { name: 'Cities' }) })).toContainText('Xankəndi');
});

test('the people index links every person page', async ({ page }) => {
  await page.goto('/people/');
  const hrefs = await page.getByRole('main').locator('a[href^="/people/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect([...hrefs].sort()).toEqual(people.map((id) => `/people/${id}/`));
});

test('a place page gives every name, its map, its events newest first and the explainer sections', async ({ page }) => {
  await page.goto('/places/shusha/');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('Shusha (Shushi)');
  for (const name of ['Shushi', 'Շուշի', 'Şuşa', 'Шуша']) await expect(main.locator('.place-names')).toContainText(name);
  await expect(main.getByRole('img', { name: 'Where Shusha is' })).toBeVisible();
  const dates = await main.locator('.event-list time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
  expect(dates.length).toBeGreaterThan(3);
  expect(dates).toEqual([...dates].sort().reverse());
  const section = main.locator('.entry-sections a[href*="#"]').first();
  const href = (await section.getAttribute('href'))!;
  await section.click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[.?]/g, '\\$&')}$`));
  await expect(page.locator(`[id="${href.split('#')[1]}"]`)).toBeInViewport();
});

test('a place outside the mapped area, or without coordinates, says why it has no map', async ({ page }) => {
  await page.goto('/places/moscow/');
  await expect(page.getByRole('main')).toContainText('outside the area of the site');
  await page.goto('/places/vienna/');
  await expect(page.getByRole('main')).toContainText('no sourced coordinates');
});

test('every section link on place and people pages points at an existing heading', async ({ page, request }) => {
  const links = new Set<string>();
  for (const path of ['/places/stepanakert/', '/places/lachin/', '/people/ilham-aliyev/', '/people/nikol-pashinyan/']) {
    await page.goto(path);
    for (const h of await page.locator('.entry-sections a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) links.add(h);
  }
  expect(links.size).toBeGreaterThan(3);
  for (const link of links) {
    const [path, anchor] = link.split('#');
    if (!anchor) continue;
    const html = await (await request.get(path!)).text();
    expect(html, link).toContain(`id="${anchor}"`);
  }
});

test('a person page lists dated roles and the events that name the person', async ({ page }) => {
  await page.goto('/people/zohrab-mnatsakanyan/');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('Zohrab Mnatsakanyan');
  await expect(main.getByRole('heading', { name: 'Roles' }).locator('+ ul')).toContainText(/\d{4}/);
  const events = main.locator('.event-list > li');
  await expect(events.first()).toContainText('Mnatsakanyan');
});

test('a <Place> and a <Person> in an explainer link to their pages', async ({ page }) => {
  await page.goto('/explainers/moscow-talks/');
  const person = page.locator('article a.person').first();
  const href = (await person.getAttribute('href'))!;
  expect(href).toMatch(/^\/people\/[a-z-]+\/$/);
  await person.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
