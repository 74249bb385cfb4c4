/**
 * What every measurement of the benchmark is: a function that measures the
 * served build, and the lines of the report that show its result (beside
 * the previous report's, to compare). A new measurement is a file in
 * scripts/lib/ that exports one of these, and one entry in bench.ts's list.
 */
import type { Browser, Page } from '@playwright/test';
import type { PlainServed } from './plain-site.ts';
import { change } from './stats.ts';

export interface Context {
  /** The repository. */
  root: string;
  /** The build measured, and where it is served. */
  dist: string;
  base: string;
  /** Chromium, with a remote-debugging port for Lighthouse. */
  browser: Browser;
  debuggingPort: number;
  /** The plain reference of the site's explainers, built and served on first use. */
  plain: () => Promise<PlainServed>;
}

export interface Measurement<T> {
  /** The key of its result in bench/report.json. */
  key: string;
  run(context: Context): Promise<T>;
  /** Its section of bench/report.md, from a heading on. */
  markdown(result: T, previous: T | undefined): string[];
}

export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** " (+12%)" beside a figure, when there is an earlier one. */
export const vs = (now: number, before?: number) => (before === undefined ? '' : ` (${change(before, now)})`);

/**
 * Opens a page and waits until it has loaded (the document parsed, its scripts run) and the network has been quiet
 * for 500 ms. Network idle alone can come first on a loaded machine, before a long page is parsed.
 */
export async function visit(page: Page, url: string) {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
}
