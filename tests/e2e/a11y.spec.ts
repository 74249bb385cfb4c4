/**
 * Every page in the sitemap answers 200 with one h1, a title, a description and the landmarks, and
 * axe-core with the WCAG 2.2 A and AA rules finds nothing on it, in light and in dark, with every
 * disclosure (<details>) open so that what it hides is checked too. One visit per page for all of it
 * (a second walk over the sitemap for the landmarks alone cost 144 more page loads): the theme follows
 * the reader's colour scheme, so switching the emulated scheme re-themes the page in place. The pages
 * are visited in groups, one tab per group (see sitemapGroups).
 *
 * The dark theme changes colours and nothing else (the stylesheets switch it by `color-scheme` and
 * `light-dark()` alone; the first test below holds them to that), so in dark only the rules that read
 * colours can give another answer, and only they run again.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, distDir, sitemapGroups } from './fixtures.ts';
import { axeViolations, COLOUR_RULES } from './axe.ts';

test('the dark theme changes only colours: the built stylesheets switch theme by color-scheme alone', () => {
  const dir = join(distDir, '_astro');
  const css = readdirSync(dir)
    .filter((f) => f.endsWith('.css'))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
  expect(css, 'a prefers-color-scheme query in CSS could change more than colours').not.toContain(
    'prefers-color-scheme',
  );
  const themed = [...css.matchAll(/[^{}]*data-theme[^{}]*\{([^}]*)\}/g)].map((m) => m[1]!.trim());
  expect(themed.length, "the toggle's two rules are found").toBe(2);
  for (const body of themed) expect(body).toMatch(/^color-scheme:\s*(light|dark);?$/);
  expect(css).toContain('light-dark(');
});

// axe over the longest pages (/sources/, /timeline/) takes its time on a busy machine.
test.describe.configure({ timeout: 600_000 });

const groups = sitemapGroups(12);
for (const [i, paths] of groups.entries()) {
  test(`sitemap pages, group ${i + 1} of ${groups.length}, answer 200 with one h1, a title, a description and the landmarks, and have no WCAG 2.2 A/AA violations in light or in dark mode`, async ({
    page,
  }) => {
    for (const path of paths) {
      await test.step(path, async () => {
        await page.emulateMedia({ colorScheme: 'light' });
        const response = await page.goto(path);
        expect.soft(response?.status(), `${path}: status`).toBe(200);
        await expect.soft(page.locator('h1'), `${path}: one h1`).toHaveCount(1);
        await expect.soft(page.locator('h1'), `${path}: the h1 has text`).not.toBeEmpty();
        await expect.soft(page, `${path}: a title`).toHaveTitle(/\S/);
        const description = await page.locator('meta[name="description"]').getAttribute('content');
        expect.soft(description?.trim().length, `${path}: a description`).toBeGreaterThan(20);
        await expect.soft(page.getByRole('main'), `${path}: main`).toBeVisible();
        await expect.soft(page.getByRole('navigation', { name: 'Main' }), `${path}: the main navigation`).toBeVisible();
        await expect.soft(page.getByRole('contentinfo'), `${path}: the footer`).toBeVisible();

        await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
        expect.soft(await axeViolations(page), `axe violations on ${path} in light mode`).toEqual([]);
        await page.emulateMedia({ colorScheme: 'dark' });
        await expect(page.locator('body'), `${path} turns dark`).toHaveCSS('background-color', 'rgb(21, 23, 26)');
        expect.soft(await axeViolations(page, [], COLOUR_RULES), `axe violations on ${path} in dark mode`).toEqual([]);
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
  const colours = (await axeViolations(page, [], COLOUR_RULES)).join('\n');
  expect(colours).toContain('color-contrast');
  expect(colours).not.toContain('image-alt');
});
