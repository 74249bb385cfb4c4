import { test, expect, openSearch } from './fixtures.ts';

test('no search code is fetched before search is opened', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('/explainers/');
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
  await openSearch(page);
  expect(fetched).toContain('/pagefind/pagefind-modular-ui.js');
});

test('search opens with Ctrl+K, closes with Escape, and focus returns', async ({ page }) => {
  await page.goto('/about/');
  const link = page.getByRole('main').getByRole('link', { name: 'glossary' }).first();
  await link.focus();
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(link).toBeFocused();
});

test('the search dialog keeps keyboard focus inside it', async ({ page }) => {
  await page.goto('/');
  const { dialog } = await openSearch(page);
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Shift+Tab');
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }
  await dialog.getByRole('button', { name: 'Close search' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('banner').getByRole('link', { name: /search/i })).toBeFocused();
});

/**
 * A word that, in the whole site, only one indexed page contains. If content
 * elsewhere starts to use it, this test fails and a new word must be chosen.
 */
const UNIQUE = { word: 'promptly', page: '/about/', heading: 'About this site' };

test('a search from the header finds the one page with a unique word, and the word is highlighted there', async ({ page }) => {
  await page.goto('/timeline/');
  const { dialog, input } = await openSearch(page);
  await input.fill(UNIQUE.word);
  const results = dialog.locator('.search-results');
  await expect(results.locator('> li')).toHaveCount(1);
  const link = results.locator('.search-result-link').first();
  await expect(link).toHaveText(UNIQUE.heading);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${UNIQUE.page}\\?highlight=${UNIQUE.word}`));
  const mark = page.getByRole('main').locator('mark.pagefind-highlight');
  await expect(mark.first()).toBeVisible();
  await expect(mark.first()).toHaveText(new RegExp(UNIQUE.word, 'i'));
});
