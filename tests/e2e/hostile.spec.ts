/** Search must survive hostile and unusual input, in the dialog and in /search/?q=. */
import { test, expect, openSearch } from './fixtures.ts';

const INPUTS: [string, string][] = [
  ['an <img onerror> injection', '<img src=x onerror=alert(1)>'],
  ['a closing-tag script injection', '"><script>alert(1)</script>'],
  ['5,000 characters', 'Karabakh '.repeat(556).slice(0, 5000)],
  ['emoji', '🕊️ ceasefire 🇦🇲🇦🇿'],
  ['right-to-left text', 'قره باغ کوهستانی'],
  ['Armenian letters', 'Ստեփանակերտ Շուշի'],
  ['Cyrillic letters', 'Нагорный Карабах Шуша'],
  ['Azerbaijani letters', 'Xankəndi Ağdam Şuşa ı'],
];

/** Fails the test if any dialog opens; records any element the input could have injected. */
async function watch(page: import('@playwright/test').Page) {
  const dialogs: string[] = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  return dialogs;
}

const injected = (page: import('@playwright/test').Page) =>
  page.evaluate(
    () =>
      document.querySelectorAll('img[src="x"], img[onerror], script:not([src]):not([type="application/ld+json"])')
        .length,
  );

for (const [name, input] of INPUTS) {
  test(`the search dialog handles ${name}`, async ({ page }) => {
    const dialogs = await watch(page);
    await page.goto('/');
    const inlineScripts = await injected(page);
    const { dialog, input: box } = await openSearch(page);
    await box.fill(input);
    await expect(dialog.locator('.search-summary').first()).toBeVisible();
    expect(dialogs).toEqual([]);
    expect(await injected(page)).toBe(inlineScripts);
    // Still usable: clear, search for a real word, and find results.
    await box.fill('Karabakh');
    await expect(dialog.locator('.search-result').first()).toBeVisible({ timeout: 15_000 }); // fragments load slowly on a busy machine
  });

  test(`/search/?q= handles ${name}`, async ({ page }) => {
    const dialogs = await watch(page);
    await page.goto(`/search/?q=${encodeURIComponent(input)}`);
    const main = page.getByRole('main');
    await expect(main.locator('.search-summary').first()).toBeVisible();
    expect(dialogs).toEqual([]);
    expect(await injected(page)).toBe(1); // the theme script in the head, nothing more
    await expect(main.getByRole('textbox')).toHaveValue(input.trim().slice(0, 200)); // queries are capped at 200 characters
  });
}
