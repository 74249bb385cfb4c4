/**
 * axe-core with the WCAG 2.2 A and AA rules, as every accessibility test runs it.
 *
 * Speed matters: axe runs on every page in two themes. It runs in legacy mode (the default mode sends
 * each node's partial result to a fresh blank page to finish the run, which took /sources/, 2,255
 * links, from 11 s to 27-40 s; the site has no frames, which is all that mode adds). The first pass
 * collects violations only and builds no CSS selectors, which halves its time on long pages; only
 * when it finds something does a second, full pass say where. AxeBuilder puts axe-core into the page
 * on every run, evaluating its 650 KB source twice; on the short pages that cost more than the checks,
 * so only the first run on a page goes through AxeBuilder, and later ones call the axe it left there.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * The WCAG A/AA rules that read colours: the only ones whose outcome a change of theme can change, as
 * long as the theme changes nothing but colours (a11y.spec.ts checks that it does).
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
type AxeOptions = Parameters<AxeBuilder['options']>[0];

declare global {
  interface Window {
    axe?: { run(context: unknown, options: AxeOptions): Promise<AxeResults> };
  }
}

/**
 * One run of axe over the page as it is now. On a page that already has axe (a run before this one, in the
 * other theme or the quick pass), axe.run() is called with the context and options AxeBuilder would give it.
 */
async function runAxe(page: Page, include: string[], options: AxeOptions): Promise<AxeResults> {
  if (await page.evaluate(() => window.axe !== undefined)) {
    return page.evaluate(({ context, options }) => window.axe!.run(context, options), {
      context: { include, exclude: [] },
      options,
    });
  }
  let builder = new AxeBuilder({ page }).options(options).setLegacyMode(true);
  for (const selector of include) builder = builder.include(selector);
  return builder.analyze();
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
