/** Search: bytes fetched and time from the last keystroke to the first visible result, for 10 queries. */
import type { Browser } from '@playwright/test';
import { median } from './stats.ts';
import { brotli } from './measure-bytes.ts';
import { kb, visit, vs, type Measurement } from './measurement.ts';

export const QUERIES = [
  'ceasefire',
  'Moscow',
  'Shusha',
  'Khankendi',
  'Lachin corridor',
  'Bishkek Protocol',
  'Minsk Group',
  'Ganja',
  'refugees',
  'Lavrov',
];

export interface Query {
  query: string;
  ms: number | null;
  bytes: number;
}

/** Opens search on the home page, types a query, and measures time to the first visible result and the bytes fetched. */
export async function searchOnce(browser: Browser, base: string, query: string): Promise<Query> {
  const page = await browser.newPage();
  await visit(page, `${base}/`);
  let bytes = 0;
  // Every body is read before the page closes: counting in the handler alone missed the responses still being read.
  const reads: Promise<void>[] = [];
  page.on('response', (r) =>
    reads.push(
      r.body().then(
        (body) => void (bytes += brotli(body)),
        () => undefined,
      ),
    ),
  );
  await page.keyboard.press('Control+k');
  const input = page.locator('dialog[data-search-dialog] input').first();
  await input.waitFor();
  await page.evaluate(() => {
    const w = window as unknown as { firstResultAt?: number };
    new MutationObserver((_, obs) => {
      if (document.querySelector('dialog[data-search-dialog] .search-result')) {
        w.firstResultAt = performance.now();
        obs.disconnect();
      }
    }).observe(document.body, { subtree: true, childList: true });
  });
  // The whole query in one input event: typed key by key, the box shows results for a first letter before the
  // last key, and the time from the last keystroke came out as 0 ms.
  const typedAt = await page.evaluate(() => performance.now());
  await input.fill(query);
  await page
    .locator('dialog[data-search-dialog] .search-result')
    .first()
    .waitFor({ timeout: 15000 })
    .catch(() => {});
  await page.waitForLoadState('networkidle');
  await Promise.all(reads);
  const at = await page.evaluate(() => (window as unknown as { firstResultAt?: number }).firstResultAt);
  await page.close();
  return { query, ms: at === undefined ? null : Math.max(0, at - typedAt), bytes };
}

export interface SearchResult {
  medianMs: number;
  maxMs: number;
  medianBytes: number;
  maxBytes: number;
  queries: Query[];
}

export const search: Measurement<SearchResult> = {
  key: 'search',
  async run({ browser, base }) {
    const queries = [];
    for (const q of QUERIES) queries.push(await searchOnce(browser, base, q));
    const times = queries.map((s) => s.ms).filter((m): m is number => m !== null);
    if (times.length === 0) throw new Error('search: no query showed a result');
    const sizes = queries.map((s) => s.bytes);
    return {
      queries,
      medianMs: median(times),
      maxMs: Math.max(...times),
      medianBytes: median(sizes),
      maxBytes: Math.max(...sizes),
    };
  },
  markdown(r, previous) {
    return [
      `## Search (${r.queries.length} queries, from the last keystroke to the first visible result)`,
      '',
      `Median ${Math.round(r.medianMs)} ms${vs(r.medianMs, previous?.medianMs)}, maximum ${Math.round(r.maxMs)} ms. Bytes fetched (brotli, opening search included): median ${kb(r.medianBytes)}, maximum ${kb(r.maxBytes)}.`,
      '',
      '| query | time | bytes |',
      '| --- | --- | --- |',
      ...r.queries.map(
        (q) => `| ${q.query} | ${q.ms === null ? 'no result' : `${Math.round(q.ms)} ms`} | ${kb(q.bytes)} |`,
      ),
    ];
  },
};
