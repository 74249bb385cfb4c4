/** The place and people pages: one per entry, reachable from the index and from the explainers, with what each promises. */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { test, expect, sitemapPaths } from './fixtures.ts';

const ids = (dir: string) =>
  readdirSync(`content/${dir}`)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -5))
    .sort();
const places = ids('places');
const people = ids('people');
/** What the place pages' maps depend on. */
const entries = places.map((id) => ({
  id,
  ...(parse(readFileSync(`content/places/${id}.yaml`, 'utf8')) as {
    name: string;
    kind: string;
    coordinates?: [number, number];
  }),
}));
/** Inside the regional layers (src/lib/locator.ts, MAP_EXTENT). */
const regional = ([lon, lat]: [number, number]) => lon >= 43 && lon <= 51 && lat >= 37.5 && lat <= 42.5;

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
  const hrefs = await main
    .locator('section a[href^="/places/"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect([...hrefs].sort()).toEqual(places.map((id) => `/places/${id}/`));
  await expect(main.getByRole('heading', { level: 2, name: 'Towns' })).toBeVisible();
  await expect(main.getByRole('img', { name: 'Places in the South Caucasus' })).toBeVisible();
  await expect(main.locator('section', { has: page.getByRole('heading', { name: 'Cities' }) })).toContainText(
    'Xankəndi',
  );
});

test('the people index links every person page', async ({ page }) => {
  await page.goto('/people/');
  const hrefs = await page
    .getByRole('main')
    .locator('a[href^="/people/"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect([...hrefs].sort()).toEqual(people.map((id) => `/people/${id}/`));
});

test('a place page gives every name, its map, its events newest first and the explainer sections', async ({ page }) => {
  await page.goto('/places/shusha/');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('Shusha (Shushi)');
  for (const name of ['Shushi', 'Շուշի', 'Şuşa', 'Шуша'])
    await expect(main.locator('.place-names')).toContainText(name);
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

test('every place page has its map, with a text alternative and the credit; a village without coordinates, its district', async ({
  page,
}) => {
  test.setTimeout(120_000);
  for (const place of entries) {
    await page.goto(`/places/${place.id}/`);
    const main = page.getByRole('main');
    const figure = main.locator('figure.locator');
    const outlined = ['region', 'district'].includes(place.kind);
    const map = main.getByRole('img', { name: `Where ${place.name} is` });
    // A village without sourced coordinates is drawn by its district (src/data/place-areas.ts), never at a guessed point.
    const village = !place.coordinates && !outlined;
    await expect(map, place.id).toBeVisible();
    await expect(map).toHaveAccessibleDescription(/^Map of .{40,}/);
    for (const credit of ['Natural Earth', 'GeoNames', 'CC BY 4.0'])
      await expect(figure.locator('figcaption')).toContainText(credit);
    expect(
      await map.evaluate((svg) => new Blob([svg.outerHTML]).size),
      `${place.id}: at most 60 KB`,
    ).toBeLessThanOrEqual(60 * 1024);
    if (outlined || village) {
      // A region or district is outlined and named, not put at a point.
      await expect(map.locator('path.area'), place.id).toHaveCount(1);
      await expect(map.locator('path.marker')).toHaveCount(0);
      await expect(figure.locator('figcaption')).toContainText('Highlighted:');
      if (village) {
        // The district is named on the map; the village is not.
        const labels = await map.locator('text').allTextContents();
        expect(labels, place.id).toContainEqual(expect.stringMatching(/ District$/));
        expect(labels, place.id).not.toContain(place.name);
        await expect(figure.locator('figcaption')).toContainText(`${place.name} itself is not marked`);
      } else await expect(map.locator('text')).toContainText([place.name]);
    } else {
      await expect(map.locator('path.marker.current'), place.id).toHaveAttribute('data-place', place.id);
      await expect(figure.locator('figcaption')).toContainText(`The red dot marks ${place.name}`);
      // A place beyond the regional layers gets the wide view, with Nagorno-Karabakh ringed.
      await expect(map.locator('circle.ring'), place.id).toHaveCount(regional(place.coordinates!) ? 0 : 1);
    }
  }
});

test('the places index maps every place that has coordinates, on the regional map or the wide one', async ({
  page,
}) => {
  await page.goto('/places/');
  const main = page.getByRole('main');
  const regionalMap = main.getByRole('img', { name: 'Places in the South Caucasus' });
  const wideMap = main.getByRole('img', { name: 'Places farther away' });
  const marked = async (map: typeof regionalMap) =>
    map.locator('path.marker').evaluateAll((ps) => ps.map((p) => p.getAttribute('data-place')!));
  const near = await marked(regionalMap);
  const far = await marked(wideMap);
  expect([...near, ...far].sort()).toEqual(entries.filter((p) => p.coordinates).map((p) => p.id));
  expect(far.length).toBeGreaterThan(10);
  await expect(wideMap.locator('circle.ring')).toHaveCount(1);
  await expect(wideMap).toHaveAccessibleDescription(new RegExp(`marking the ${far.length} places`));
  for (const id of far)
    await expect(wideMap).toHaveAccessibleDescription(
      new RegExp(entries.find((p) => p.id === id)!.name.replace(/[.']/g, '.')),
    );
});

test('every section link on place and people pages points at an existing heading', async ({ page, request }) => {
  const links = new Set<string>();
  for (const path of ['/places/stepanakert/', '/places/lachin/', '/people/ilham-aliyev/', '/people/nikol-pashinyan/']) {
    await page.goto(path);
    for (const h of await page.locator('.entry-sections a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
      links.add(h);
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
