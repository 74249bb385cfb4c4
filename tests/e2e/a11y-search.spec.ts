/** axe-core with search open and showing results: the dialog and /search/?q=, in light and in dark. */
import { test, expect, openSearch } from './fixtures.ts';
import { axeViolations } from './axe.ts';

const RESULTS = { timeout: 15_000 };

// axe over a page of results takes its time on a busy machine.
test.describe.configure({ timeout: 120_000 });

for (const scheme of ['light', 'dark'] as const) {
  test(`the search dialog with results and filter pills has no WCAG 2.2 A/AA violations in ${scheme} mode`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/');
    const { dialog, input } = await openSearch(page);
    await input.fill('Shusha');
    await expect(dialog.locator('.search-result').first()).toBeVisible(RESULTS);
    await expect(dialog.getByRole('button', { name: /Places/ })).toBeVisible();
    expect(await axeViolations(page, ['dialog[data-search-dialog]'])).toEqual([]);
  });

  test(`/search/?q= with results and a suggestion has no WCAG 2.2 A/AA violations in ${scheme} mode`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/search/?q=Stepankert');
    await expect(page.locator('.search-suggest a').first()).toBeVisible(RESULTS);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto('/search/?q=ceasefire');
    await expect(page.locator('.search-result').first()).toBeVisible(RESULTS);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('results still loading are hidden from screen readers', async ({ page }) => {
  await page.goto('/');
  const { dialog, input } = await openSearch(page);
  await input.fill('ceasefire');
  await expect(dialog.locator('.search-result').first()).toBeVisible(RESULTS);
  // Results below the fold stay placeholders until scrolled into view.
  const placeholders = dialog.locator('[data-pfmod-loading]');
  expect(await placeholders.count()).toBeGreaterThan(0);
  for (const aria of await placeholders.evaluateAll((els) =>
    els.map((e) => e.closest('[aria-hidden="true"]') !== null),
  ))
    expect(aria).toBe(true);
  await expect(dialog.locator('.search-results')).not.toContainText('. . .');
});
