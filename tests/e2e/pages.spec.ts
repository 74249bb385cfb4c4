import { test, expect, sitemapPaths } from './fixtures.ts';

const paths = sitemapPaths();

test('the sitemap lists the core pages', () => {
  for (const p of ['/', '/about/', '/explainers/', '/timeline/', '/glossary/', '/sources/', '/places/', '/people/', '/search/']) {
    expect(paths).toContain(p);
  }
});

for (const path of paths) {
  test(`${path} answers 200 with one h1, a title and a description`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).not.toBeEmpty();
    await expect(page).toHaveTitle(/\S/);
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(description?.trim().length).toBeGreaterThan(20);
    await expect(page.getByRole('main')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await expect(page.getByRole('contentinfo')).toBeVisible();
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
