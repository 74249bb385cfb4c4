/** With JavaScript off, every page reads fully, navigation works, and search explains itself. */
import { test, expect, sitemapGroups } from './fixtures.ts';

test.use({ javaScriptEnabled: false });

const groups = sitemapGroups(4);
for (const [i, paths] of groups.entries()) {
  test(`sitemap pages, group ${i + 1} of ${groups.length}, read without JavaScript`, async ({ page }) => {
    for (const path of paths) {
      await test.step(path, async () => {
        await page.goto(path);
        const main = page.getByRole('main');
        await expect.soft(main.getByRole('heading', { level: 1 }), `${path}: the h1 shows`).toBeVisible();
        expect.soft((await main.innerText()).length, `${path}: the text of main`).toBeGreaterThan(100);
        await expect
          .soft(page.getByRole('navigation', { name: 'Main' }).getByRole('link'), `${path}: the main navigation`)
          .not.toHaveCount(0);
      });
    }
  });
}

test('navigation works without JavaScript', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' }).click();
  await expect(page).toHaveURL(/\/glossary\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary');
});

test('the search button leads to a search page that explains search needs JavaScript', async ({ page }) => {
  await page.goto('/about/');
  await page
    .getByRole('banner')
    .getByRole('link', { name: /search/i })
    .click();
  await expect(page).toHaveURL(/\/search\/$/);
  const notice = page.getByRole('main').getByText('Search needs JavaScript');
  await expect(notice).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'explainers' }).click();
  await expect(page).toHaveURL(/\/explainers\/$/);
});

test('without JavaScript the theme toggle, which could not work, is not shown', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-theme-toggle]')).toBeHidden();
});
