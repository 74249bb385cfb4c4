import { test, expect } from './fixtures.ts';

test('the theme toggle persists across navigation and reloads', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const dark = await background();
  expect(dark).not.toBe(light);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' }).click();
  await expect(page).toHaveURL(/\/about\/$/);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background()).toBe(dark);

  await page.reload();
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  expect(await background()).toBe(dark);

  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await background()).toBe(light);
});

test('the dark theme is applied before first paint, with no flash', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('theme', 'dark'));
  // Record the theme at the first moment the body exists, before any module script runs.
  await page.addInitScript(() => {
    document.addEventListener(
      'readystatechange',
      () => {
        if (document.readyState === 'interactive') {
          (window as unknown as { firstTheme?: string }).firstTheme = document.documentElement.dataset.theme;
        }
      },
      { once: true },
    );
  });
  await page.reload();
  expect(await page.evaluate(() => (window as unknown as { firstTheme?: string }).firstTheme)).toBe('dark');
});

test('without a stored choice the theme follows the system', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/about/');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(21, 23, 26)');
});

test('nothing moves while a page loads: the theme toggle is laid out before first paint (CLS 0)', async ({ page }) => {
  for (const path of ['/', '/explainers/first-war/', '/timeline/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    // The total, and what moved: on a failure the message names the elements, so that a rare shift can be traced.
    const { shift, moved } = await page.evaluate(
      () =>
        new Promise<{ shift: number; moved: string[] }>((resolve) => {
          let total = 0;
          const moved: string[] = [];
          type Shift = PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
            sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
          };
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as Shift[]) {
              if (e.hadRecentInput) continue;
              total += e.value;
              for (const s of e.sources) {
                const el = s.node instanceof Element ? s.node : s.node?.parentElement;
                const name = el ? `${el.nodeName.toLowerCase()}.${el.getAttribute('class') ?? ''}` : '?';
                moved.push(`${name} ${Math.round(s.previousRect.y)}->${Math.round(s.currentRect.y)}`);
              }
            }
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve({ shift: total, moved }), 200);
        }),
    );
    expect(shift, `${path}: ${moved.join(', ')}`).toBe(0);
    await expect(page.getByRole('banner').locator('[data-theme-toggle]')).toBeVisible();
  }
});
