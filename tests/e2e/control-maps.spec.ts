/** The maps of control over time: each with its text alternative, caption, legend, map in words and places; the strip of four; no script; within the per-figure budget. */
import type { Locator } from '@playwright/test';
import { test, expect, inlineMapFiles, labelCollisions } from './fixtures.ts';
import { CONTROL_MAPS } from '../../src/data/control-maps.ts';

/** Raw bytes of the element's HTML and of the map files its <use> elements draw. */
async function sizeWithFiles(element: Locator): Promise<number> {
  const { html, files } = await element.evaluate((e) => ({
    html: new Blob([e.outerHTML]).size,
    files: [...new Set([...e.querySelectorAll('use')].map((u) => u.getAttribute('href')!.split('#')[0]!))],
  }));
  let size = html;
  for (const file of files) size += (await (await element.page().request.get(file)).body()).length;
  return size;
}

for (const map of CONTROL_MAPS) {
  test(`the ${map.id} map says what it draws, whose lines they are, and in words`, async ({ page }) => {
    await page.goto('/maps/');
    const figure = page.locator(`figure.control-map#${map.id}`);
    const svg = figure.locator('svg[role="img"]');
    await expect(svg).toHaveAccessibleName(map.title);
    await expect(svg).toHaveAccessibleDescription(map.description);
    await expect(figure.locator('figcaption')).toContainText(`${map.title}. ${map.caption}`);
    const legend = figure.getByRole('list', { name: 'Legend' });
    for (const a of map.areas) await expect(legend).toContainText(a.legend);
    for (const l of map.lines) await expect(legend).toContainText(l.legend);
    const words = figure.getByRole('list', { name: 'The map in words:' }).getByRole('listitem');
    await expect(words).toHaveCount(map.inWords.length);
    for (const [i, w] of map.inWords.entries()) {
      await expect(words.nth(i)).toContainText(w.text);
      const hrefs = await words
        .nth(i)
        .getByRole('link')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs).toEqual(w.events.map((e) => `/timeline/#${e}`));
    }
    const places = figure.getByRole('list', { name: 'Places on this map:' }).getByRole('link');
    expect(await places.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
      map.places.map((p) => `/places/#${p.id}`),
    );
    await expect(figure.locator('.cm-source')).toContainText('Natural Earth');
    expect(await sizeWithFiles(svg), 'one map, with its file, is at most 60 KB raw').toBeLessThanOrEqual(60 * 1024);
  });
}

test('the 2020 map names the towns taken, the handed-over districts and the schematic corridor', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/maps/');
  await inlineMapFiles(page);
  const svg = page.locator('figure#control-2020 svg.cm-svg');
  const text = await svg.locator('g.cm-wide text').allTextContents();
  for (const name of ['Shusha(Shushi)', 'Hadrut', 'Lachin(Berdzor)', 'Kalbajar(Karvachar)', 'Aghdam(Akna)', 'Goris'])
    expect(text).toContain(name);
  const taken = await svg.locator('g.cm-wide.cm-taken path').getAttribute('d');
  expect(taken!.match(/M/g), 'two towns marked as taken').toHaveLength(2);
  await expect(svg.locator('g.cm-corridor path:visible')).toHaveCount(1);
  await expect(page.locator('figure#control-2020 figcaption')).toContainText('schematic');
});

test('the strip shows the four maps in order, each named and linked to its full map, in at most 60 KB', async ({
  page,
}) => {
  await page.goto('/maps/');
  const strip = page.locator('figure#control-strip');
  await expect(strip).toHaveAccessibleName('Who controlled what, 1988-2023');
  const svgs = strip.locator('svg[role="img"]');
  await expect(svgs).toHaveCount(CONTROL_MAPS.length);
  for (const [i, m] of CONTROL_MAPS.entries()) {
    await expect(svgs.nth(i)).toHaveAccessibleName(m.title);
    await expect(strip.getByRole('link', { name: m.when, exact: true })).toHaveAttribute('href', `/maps/#${m.id}`);
  }
  expect(await sizeWithFiles(strip)).toBeLessThanOrEqual(60 * 1024);
});

for (const width of [375, 1280]) {
  test(`at ${width} px the control maps fit, show the right label set, and their labels do not collide`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/maps/');
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    const small = width < 500;
    await expect(page.locator('figure.control-map use.cm-narrow').first()).toBeVisible({ visible: small });
    await expect(page.locator('figure.control-map use.cm-wide').first()).toBeVisible({ visible: !small });
    await inlineMapFiles(page);
    expect(await labelCollisions(page.locator('figure.control-map svg'))).toEqual([]);
  });
}

test('the maps page loads no script for the control maps', async ({ page }) => {
  await page.goto('/maps/');
  expect(await page.locator('figure.control-map script, figure.control-strip script').count()).toBe(0);
});
