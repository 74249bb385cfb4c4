import { test, expect, sitemapGroups, sitemapPaths } from './fixtures.ts';

const paths = sitemapPaths();

test('the sitemap lists the core pages', () => {
  for (const p of [
    '/',
    '/about/',
    '/explainers/',
    '/timeline/',
    '/glossary/',
    '/sources/',
    '/places/',
    '/people/',
    '/search/',
  ]) {
    expect(paths).toContain(p);
  }
});

const groups = sitemapGroups(4);
for (const [i, group] of groups.entries()) {
  test(`sitemap pages, group ${i + 1} of ${groups.length}, answer 200 with one h1, a title, a description and the landmarks`, async ({
    page,
  }) => {
    for (const path of group) {
      await test.step(path, async () => {
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
      });
    }
  });
}

test('an unknown address gets the 404 page with status 404', async ({ page, guard }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('main').getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
  // The browser logs the 404 response itself as a console error; that one is expected.
  guard.problems = guard.problems.filter((p) => !p.includes('404'));
});
