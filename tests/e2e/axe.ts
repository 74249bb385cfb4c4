/**
 * axe-core with the WCAG 2.2 A and AA rules, as every accessibility test runs it.
 *
 * Speed matters: axe runs on every page in two themes. The first pass collects violations only and
 * builds no CSS selectors, which halves its time on long pages; only when it finds something does a
 * second, full pass say where. axe-core is put into a page once, by evaluating its source, and every run
 * on that page calls it: what @axe-core/playwright does, less its wrapping (which cost 100-150 ms a page,
 * more than the checks on a short page) and its frame messaging (its default mode sends each node's
 * partial result to a fresh blank page, which took /sources/, 2,255 links, from 11 s to 27-40 s; the site
 * has no frames).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from '@playwright/test';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * The WCAG A/AA rules that read colours: the only ones whose outcome a change of theme can change, as
 * long as the theme changes nothing but colours (a11y.spec.ts checks that it does).
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

declare global {
  interface Window {
    axe?: { run(context: unknown, options: RunOptions): Promise<AxeResults> };
  }
}

/** One run of axe over the page as it is now, or over the elements that `include` selects. */
async function runAxe(page: Page, include: string[], options: RunOptions): Promise<AxeResults> {
  if (await page.evaluate(() => window.axe === undefined)) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    ({ include, options }) => window.axe!.run(include.length > 0 ? { include } : document, options),
    {
      include,
      options,
    },
  );
}

/**
 * The violations on the page (or inside `include`, a list of selectors), one line each with up to five
 * places: of every WCAG 2.2 A and AA rule, or of `rules` only.
 */
export async function axeViolations(page: Page, include: string[] = [], rules?: string[]): Promise<string[]> {
  const runOnly = rules ? { type: 'rule' as const, values: rules } : { type: 'tag' as const, values: WCAG_TAGS };
  const quick = await runAxe(page, include, { runOnly, resultTypes: ['violations'], selectors: false });
  if (quick.violations.length === 0) return [];
  const { violations } = await runAxe(page, include, { runOnly });
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes
        .slice(0, 5)
        .map((n) => n.target.join(' '))
        .join('\n    ')}`,
  );
}
