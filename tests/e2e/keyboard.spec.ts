/**
 * Keyboard only: every interactive element can be reached with Tab and shows a visible focus indicator.
 * The tab order is read from the DOM rather than walked with a thousand Tab presses (the timeline has
 * over a thousand controls): no element has a positive tabindex, so Tab follows document order; every
 * control takes focus and, focused after a key press (so :focus-visible applies), shows an outline of
 * at least 2 px or a box-shadow. The first presses of Tab are then checked against that order.
 */
import { test, expect } from './fixtures.ts';

declare global {
  interface Window {
    controls: HTMLElement[];
  }
}

/** How many real Tab presses each page gets: enough to cross the header into the main content. */
const PRESSES = 12;

/** Runs in the page: keeps the controls Tab should reach, in document order, as window.controls. */
function collect() {
  window.controls = [
    ...document.querySelectorAll<HTMLElement>(
      'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])',
    ),
  ]
    // Chromium gives the content of a closed <details> client rects, but Tab skips it.
    .filter(
      (el) =>
        !el.closest('dialog') &&
        !el.closest('details:not([open]) > :not(summary)') &&
        el.getClientRects().length > 0 &&
        getComputedStyle(el).visibility !== 'hidden',
    );
  const positive = [...document.querySelectorAll<HTMLElement>('[tabindex]')]
    .filter((el) => el.tabIndex > 0)
    .map((el) => el.outerHTML.slice(0, 80));
  return { count: window.controls.length, positive };
}

for (const path of ['/', '/about/', '/timeline/', '/glossary/']) {
  test(`every control on ${path} is reachable by Tab and shows focus`, async ({ page }) => {
    await page.goto(path);
    const dom = await page.evaluate(collect);
    expect(dom.positive, 'a positive tabindex breaks document order').toEqual([]);
    expect(dom.count).toBeGreaterThan(PRESSES);

    // A key press first, so that focus() afterwards counts as keyboard focus.
    await page.keyboard.press('Shift');
    const problems = await page.evaluate(() =>
      window.controls.flatMap((el) => {
        el.focus({ preventScroll: true });
        if (document.activeElement !== el) return [`cannot take focus: ${el.outerHTML.slice(0, 80)}`];
        const s = getComputedStyle(el);
        const visible = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
        return visible ? [] : [`no visible focus indicator: ${el.outerHTML.slice(0, 80)}`];
      }),
    );
    expect(problems).toEqual([]);

    // Then real presses of Tab from a fresh load follow that order.
    await page.goto(path);
    await page.evaluate(collect);
    const order: number[] = [];
    for (let i = 0; i < PRESSES; i++) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => window.controls.indexOf(document.activeElement as HTMLElement)));
    }
    expect(order, 'Tab visits the controls in document order').toEqual([...Array(PRESSES).keys()]);
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
