/**
 * Search latency for `npm run bench`: from the last keystroke to the first
 * visible result in the search dialog, cold (a fresh browser context: the
 * first search of a visit, opened the way a reader opens it) and warm (the
 * same query again in that page), median and maximum, next to Pagefind's own
 * API time for the same queries (search plus the first result's data).
 */
import type { Browser, Page } from '@playwright/test';
import { median } from './stats.ts';
import type { Measurement } from './measurement.ts';
import { QUERIES } from './measure-search.ts';

interface Timing {
  query: string;
  cold: number | null;
  warm: number | null;
  apiCold: number;
  apiWarm: number;
}

const RESULT = 'dialog[data-search-dialog] .search-result';

/** Types the query and returns ms from its last keydown to the first result in the DOM. */
async function typeAndWait(page: Page, query: string): Promise<number | null> {
  await page.evaluate((sel) => {
    const w = window as unknown as { lastKey?: number; firstResult?: number };
    w.lastKey = undefined;
    w.firstResult = undefined;
    const input = document.querySelector<HTMLInputElement>('dialog[data-search-dialog] input')!;
    input.addEventListener('keydown', () => (w.lastKey = performance.now()));
    new MutationObserver((_, obs) => {
      if (w.lastKey !== undefined && document.querySelector(sel)) {
        w.firstResult = performance.now();
        obs.disconnect();
      }
    }).observe(document.body, { subtree: true, childList: true });
  }, RESULT);
  await page.locator('dialog[data-search-dialog] input').pressSequentially(query);
  const ok = await page
    .waitForFunction(() => (window as unknown as { firstResult?: number }).firstResult !== undefined, null, {
      timeout: 15000,
    })
    .then(
      () => true,
      () => false,
    );
  if (!ok) return null;
  return page.evaluate(() => {
    const w = window as unknown as { lastKey: number; firstResult: number };
    return w.firstResult - w.lastKey;
  });
}

/** Pagefind's own time for one query: search, then the first result's data. */
async function apiTime(page: Page, query: string): Promise<number> {
  return page.evaluate(async (q) => {
    const url = '/pagefind/pagefind.js';
    const pagefind = (await import(url)) as {
      init(): Promise<void>;
      search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }>;
    };
    await pagefind.init();
    const started = performance.now();
    const found = await pagefind.search(q);
    await found.results[0]?.data();
    return performance.now() - started;
  }, query);
}

async function one(browser: Browser, base: string, query: string): Promise<Timing> {
  const page = await browser.newPage();
  await page.goto(`${base}/`, { waitUntil: 'networkidle' });
  const trigger = page.locator('header [data-search-open]');
  await trigger.hover();
  await trigger.click();
  await page.locator('dialog[data-search-dialog] input').waitFor();
  const cold = await typeAndWait(page, query);
  await page.locator('dialog[data-search-dialog] input').fill('');
  await page
    .locator(RESULT)
    .first()
    .waitFor({ state: 'detached' })
    .catch(() => {});
  const warm = await typeAndWait(page, query);
  await page.close();
  // Pagefind alone, in a fresh context too: cold, then the same query again.
  const api = await browser.newPage();
  await api.goto(`${base}/`, { waitUntil: 'networkidle' });
  const apiCold = await apiTime(api, query);
  const apiWarm = await apiTime(api, query);
  await api.close();
  return { query, cold, warm, apiCold, apiWarm };
}

const stats = (xs: (number | null)[]) => {
  const ok = xs.filter((x): x is number => x !== null);
  return { medianMs: median(ok), maxMs: Math.max(...ok), missing: xs.length - ok.length };
};

/** Runs every query: the dialog's and Pagefind's own times, cold and warm. */
export async function benchSearchLatency(browser: Browser, base: string, queries: string[]) {
  const timings: Timing[] = [];
  for (const q of queries) timings.push(await one(browser, base, q));
  return {
    cold: stats(timings.map((t) => t.cold)),
    warm: stats(timings.map((t) => t.warm)),
    apiCold: stats(timings.map((t) => t.apiCold)),
    apiWarm: stats(timings.map((t) => t.apiWarm)),
    queries: timings,
  };
}

type Latency = Awaited<ReturnType<typeof benchSearchLatency>>;
const ms = (n: number | null) => (n === null ? 'no result' : `${Math.round(n)} ms`);

/** The benchmark's search-latency measurement, over the same queries as the search-bytes one. */
export const searchLatency: Measurement<Latency> = {
  key: 'searchLatency',
  run: ({ browser, base }) => benchSearchLatency(browser, base, QUERIES),
  markdown: (data, previous) => [
    '## Search latency (last keystroke to first visible result; Pagefind API: search plus first result data)',
    '',
    '| | median | maximum |',
    '| --- | --- | --- |',
    `| dialog, cold | ${ms(data.cold.medianMs)}${previous ? ` (was ${ms(previous.cold.medianMs)})` : ''} | ${ms(data.cold.maxMs)} |`,
    `| dialog, warm | ${ms(data.warm.medianMs)}${previous ? ` (was ${ms(previous.warm.medianMs)})` : ''} | ${ms(data.warm.maxMs)} |`,
    `| Pagefind API, cold | ${ms(data.apiCold.medianMs)} | ${ms(data.apiCold.maxMs)} |`,
    `| Pagefind API, warm | ${ms(data.apiWarm.medianMs)} | ${ms(data.apiWarm.maxMs)} |`,
    '',
    '| query | cold | warm | API cold | API warm |',
    '| --- | --- | --- | --- | --- |',
    ...data.queries.map((t) => `| ${t.query} | ${ms(t.cold)} | ${ms(t.warm)} | ${ms(t.apiCold)} | ${ms(t.apiWarm)} |`),
  ],
};
