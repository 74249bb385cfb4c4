/**
 * axe-core with the WCAG 2.2 A and AA rules on every page in the sitemap, in light and in dark, with
 * every disclosure (<details>) open so that what it hides is checked too. One visit per page: the
 * theme follows the reader's colour scheme, so switching the emulated scheme re-themes the page in
 * place. The pages are visited in groups, one tab per group (see sitemapGroups).
 */
import { test, expect, sitemapGroups } from './fixtures.ts';
import { axeViolations } from './axe.ts';

// axe over the longest pages (/sources/, /timeline/) takes its time on a busy machine.
test.describe.configure({ timeout: 600_000 });

const groups = sitemapGroups(12);
for (const [i, paths] of groups.entries()) {
  test(`sitemap pages, group ${i + 1} of ${groups.length}, have no WCAG 2.2 A/AA violations in light or in dark mode`, async ({
    page,
  }) => {
    for (const path of paths) {
      await test.step(path, async () => {
        await page.emulateMedia({ colorScheme: 'light' });
        await page.goto(path);
        await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
        expect.soft(await axeViolations(page), `axe violations on ${path} in light mode`).toEqual([]);
        await page.emulateMedia({ colorScheme: 'dark' });
        await expect(page.locator('body'), `${path} turns dark`).toHaveCSS('background-color', 'rgb(21, 23, 26)');
        expect.soft(await axeViolations(page), `axe violations on ${path} in dark mode`).toEqual([]);
      });
    }
  });
}

test('the quick axe pass still finds violations, and the report says where (positive control)', async ({ page }) => {
  await page.goto('/about/');
  await page.getByRole('main').evaluate((main) => {
    main.insertAdjacentHTML('afterbegin', '<img src="/favicon.svg" id="no-alt"><p id="faint">Faint text</p>');
    // Through the CSSOM: the Content-Security-Policy refuses style attributes in markup.
    Object.assign(main.querySelector<HTMLElement>('#faint')!.style, { color: '#bbb', background: '#fff' });
  });
  const report = (await axeViolations(page)).join('\n');
  expect(report).toContain('image-alt');
  expect(report).toContain('#no-alt');
  expect(report).toContain('color-contrast');
  expect(report).toContain('#faint');
});
