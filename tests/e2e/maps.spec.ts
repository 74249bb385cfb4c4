/** The maps: accessible, credited, small, free of client JavaScript, and legible at 375 px and 1280 px. */
import type { Page } from '@playwright/test';
import { test, expect, inlineMapFiles, labelCollisions } from './fixtures.ts';
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
    await inlineMapFiles(page);
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

test('every map is at most 60 KB raw, its file with what stays in the page, and at most 4 KB of it in the page', async ({
  page,
}) => {
  await page.goto('/maps/');
  const maps = await page
    .locator('figure.map > svg')
    .evaluateAll((svgs) =>
      svgs.map((s) => ({ inline: new Blob([s.outerHTML]).size, file: s.querySelector('use')!.getAttribute('href')! })),
    );
  expect(maps).toHaveLength(MAPS.length);
  for (const { inline, file } of maps) {
    const body = await (await page.request.get(file.split('#')[0]!)).body();
    expect(inline, file).toBeLessThanOrEqual(4 * 1024);
    expect(inline + body.length, file).toBeLessThanOrEqual(60 * 1024);
  }
});

/** The share of a PNG's pixels within 3 of the colour, decoded in the page. */
function shareOf(page: Page, png: Buffer, [r, g, b]: [number, number, number]): Promise<number> {
  return page.evaluate(
    async ({ base64, r, g, b }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      let n = 0;
      for (let i = 0; i < data.length; i += 4)
        if (Math.abs(data[i]! - r) <= 3 && Math.abs(data[i + 1]! - g) <= 3 && Math.abs(data[i + 2]! - b) <= 3) n++;
      return n / (data.length / 4);
    },
    { base64: png.toString('base64'), r, g, b },
  );
}

test('the maps are drawn from their files in the colours of the theme the reader chose, and in light colours in print', async ({
  page,
}) => {
  const LIGHT_LAND: [number, number, number] = [0xf6, 0xf4, 0xef];
  const DARK_LAND: [number, number, number] = [0x25, 0x28, 0x2d];
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/maps/');
  const map = page.locator('figure#map-locator > svg');
  const land = async () => {
    const png = await map.screenshot();
    return { light: await shareOf(page, png, LIGHT_LAND), dark: await shareOf(page, png, DARK_LAND) };
  };
  const light = await land();
  expect(light.light, 'light land covers much of the map').toBeGreaterThan(0.3);
  expect(light.dark).toBeLessThan(0.01);
  await page.getByRole('button', { name: 'Dark theme' }).click();
  const dark = await land();
  expect(dark.dark, 'dark land covers much of the map').toBeGreaterThan(0.3);
  expect(dark.light).toBeLessThan(0.01);
  await page.emulateMedia({ media: 'print' });
  expect((await land()).light, 'printed in light colours').toBeGreaterThan(0.3);
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
    const small = width < 500;
    await expect(page.locator('figure.map use.narrow').first()).toBeVisible({ visible: small });
    await expect(page.locator('figure.map use.wide').first()).toBeVisible({ visible: !small });
    await inlineMapFiles(page);
    expect(await labelCollisions(page.locator('figure.map > svg'))).toEqual([]);
  });
}
