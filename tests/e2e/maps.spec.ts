/** The maps: accessible, credited, small, free of client JavaScript, and legible at 375 px and 1280 px. */
import { test, expect, labelCollisions } from './fixtures.ts';
import { LEGEND, MAPS } from '../../src/data/maps.ts';

/** The labels each map must show on a wide screen. */
const LABELS: Record<string, string[]> = {
  locator: ['Stepanakert', '(Khankendi)', 'Yerevan', 'Baku', 'Ganja', 'ARMENIA', 'AZERBAIJAN', 'NAKHCHIVAN'],
  'ceasefire-1994': [
    'Stepanakert',
    '(Khankendi)',
    'Shusha',
    '(Shushi)',
    'Lachin',
    '(Berdzor)',
    'Kalbajar',
    '(Karvachar)',
    'Aghdam',
    '(Akna)',
    'Khojaly',
    '(Ivanyan)',
    'Fuzuli',
    '(Varanda)',
    'Jabrayil',
    'Qubadli',
    '(Kashunik)',
    'Martakert',
    '(Aghdara)',
    'Martuni',
    '(Khojavend)',
    'Zangilan',
    '(Kovsakan)',
  ],
  'escalation-2020': [
    'Stepanakert',
    'Shusha',
    'Hadrut',
    'Jabrayil',
    'Fuzuli',
    'Martakert',
    'Martuni',
    'Ganja',
    'Tartar',
    'Barda',
    'Mingachevir',
    'Horadiz',
  ],
};

for (const map of MAPS) {
  test(`the ${map.id} map has its title, description, legend, source line and place labels`, async ({ page }) => {
    await page.goto('/maps/');
    const figure = page.locator(`figure#map-${map.id}`);
    const svg = figure.locator('svg[role="img"]');
    await expect(svg).toHaveAccessibleName(map.title);
    await expect(svg).toHaveAccessibleDescription(map.description);
    await expect(figure.locator('figcaption')).toContainText(`${map.title}. ${map.caption}`);
    const legend = figure.getByRole('list', { name: 'Legend' });
    for (const key of [...map.layers, ...new Set(map.places.map((p) => p.mark ?? 'place'))])
      await expect(legend).toContainText(LEGEND[key]);
    const source = figure.locator('.source');
    for (const credit of [
      'Natural Earth',
      'public domain',
      'GeoNames',
      'CC BY 4.0',
      'countries-states-cities-database',
      'ODbL 1.0',
    ]) {
      await expect(source).toContainText(credit);
    }
    const labels = await svg.locator('text:visible').allTextContents();
    const tspans = await svg.locator('text:visible tspan').allTextContents();
    for (const label of LABELS[map.id]!) expect([...labels, ...tspans], `label "${label}"`).toContain(label);
    const links = figure.getByRole('list', { name: 'Places on this map:' }).getByRole('link', { name: /./ });
    const hrefs = await links.evaluateAll((as) =>
      as.map((a) => a.getAttribute('href')).filter((h) => h!.startsWith('/places/')),
    );
    expect(hrefs).toEqual(map.places.map((p) => `/places/${p.id}/`));
  });
}

test('the maps page loads no script beyond those of every other page', async ({ page }) => {
  const scripts = async (path: string) => {
    await page.goto(path);
    return page.locator('script').evaluateAll((ss) => ss.map((s) => s.getAttribute('src') ?? s.textContent));
  };
  const usual = await scripts('/about/');
  expect(await scripts('/maps/')).toEqual(usual);
  expect(await page.locator('figure.map script, figure.map [onload], figure.map [onclick]').count()).toBe(0);
});

test('every map SVG is at most 60 KB', async ({ page }) => {
  await page.goto('/maps/');
  const sizes = await page
    .locator('figure.map > svg')
    .evaluateAll((svgs) => svgs.map((s) => new Blob([s.outerHTML]).size));
  expect(sizes).toHaveLength(MAPS.length);
  for (const size of sizes) expect(size).toBeLessThanOrEqual(60 * 1024);
});

for (const width of [375, 1280]) {
  test(`at ${width} px the maps fit the page and no labels collide`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/maps/');
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth, 'no horizontal scroll').toBeLessThanOrEqual(clientWidth);
    expect(await labelCollisions(page.locator('figure.map > svg'))).toEqual([]);
    const small = width < 500;
    await expect(page.locator('figure.map g.narrow').first()).toBeVisible({ visible: small });
    await expect(page.locator('figure.map g.wide').first()).toBeVisible({ visible: !small });
  });
}
