import { test, expect, sitemapPaths } from './fixtures.ts';

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

// Each page's status, h1, title, description and landmarks are checked in a11y.spec.ts, on the visit that runs axe.

test('an unknown address gets the 404 page with status 404', async ({ page, guard }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('main').getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
  // The browser logs the 404 response itself as a console error; that one is expected.
  guard.problems = guard.problems.filter((p) => !p.includes('404'));
});
