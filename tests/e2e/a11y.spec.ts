/** axe-core with the WCAG 2.2 A and AA rules on every page in the sitemap, in light and in dark. */
import AxeBuilder from '@axe-core/playwright';
import { test, expect, sitemapPaths } from './fixtures.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

// Legacy mode runs axe once in the page. The default mode sends every node's partial result to a fresh
// blank page to finish the run, which took /sources/ (2,255 links) from 11 s to 27-40 s; the site has
// no frames, which is all that mode adds.
test.describe.configure({ timeout: 120_000 });

for (const scheme of ['light', 'dark'] as const) {
  for (const path of sitemapPaths()) {
    test(`${path} has no WCAG 2.2 A/AA violations in ${scheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).setLegacyMode(true).analyze();
      const report = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join('\n    ')}`);
      expect(report, `axe violations on ${path} in ${scheme} mode`).toEqual([]);
    });
  }
}
