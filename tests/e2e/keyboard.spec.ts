/** Keyboard only: every interactive element can be reached with Tab and shows a visible focus indicator. */
import { test, expect } from './fixtures.ts';

for (const path of ['/', '/about/', '/timeline/', '/glossary/']) {
  test(`every control on ${path} is reachable by Tab and shows focus`, async ({ page }) => {
    await page.goto(path);
    const expected = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')]
        // Chromium gives the content of a closed <details> client rects, but Tab skips it.
        .filter((el) => !el.closest('dialog') && !el.closest('details:not([open]) > :not(summary)') && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden').length,
    );
    const reached = new Set<string>();
    const unfocusedStyle: string[] = [];
    for (let i = 0; i < expected + 5; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const s = getComputedStyle(el);
        const visible = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
        const key = `${el.tagName}:${el.getAttribute('href') ?? ''}:${el.textContent?.trim().slice(0, 40)}:${[...el.parentElement!.children].indexOf(el)}:${el.getBoundingClientRect().top + scrollY}`;
        return { key, visible, label: el.outerHTML.slice(0, 80) };
      });
      if (!info) continue;
      reached.add(info.key);
      if (!info.visible) unfocusedStyle.push(info.label);
    }
    expect(unfocusedStyle, 'focused elements without a visible focus indicator').toEqual([]);
    expect(reached.size).toBeGreaterThanOrEqual(expected);
  });
}

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/about/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: /skip to/i });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});
