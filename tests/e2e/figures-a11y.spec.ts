/** axe (WCAG 2.2 A and AA) scoped to the control maps and charts, where they appear, in light and in dark: quick enough to run while working on them. */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
// The maps page is long; axe takes its time over it.
test.describe.configure({ timeout: 120_000 });

const PAGES = ['/', '/maps/', '/explainers/first-war/', '/explainers/aftermath/', '/explainers/escalation-2020/', '/explainers/moscow-talks/'];

for (const scheme of ['light', 'dark'] as const) {
  for (const path of PAGES) {
    test(`the control maps and charts on ${path} have no axe violations in ${scheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      const figures = page.locator('figure.control-map, figure.control-strip, figure.chart');
      expect(await figures.count(), 'the page has figures to check').toBeGreaterThan(0);
      await page.locator('figure.chart details').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      const { violations } = await new AxeBuilder({ page }).include('figure.control-map').include('figure.control-strip').include('figure.chart').withTags(TAGS).analyze();
      expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`)).toEqual([]);
    });
  }
}
