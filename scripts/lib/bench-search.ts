/**
 * Search latency for `npm run bench`: from the last keystroke to the first
 * visible result in the search dialog, cold (a fresh browser context: the
 * first search of a visit, opened the way a reader opens it) and warm (the
 * same query again in that page), median and maximum, next to Pagefind's own
 * API time for the same queries (search plus the first result's data).
 *
 * Cold is measured at a reader's pace: the pointer rests on the search button
 * for READER.hoverMs before the click, and the query is typed at
 * READER.keyMs a key (a fast typist; 40 words a minute is about 250 ms). That
 * is the time the site's preload on intent (hover or focus) has to fetch
 * Pagefind before the last keystroke. "Cold, no pause" types at once after
 * the click, the worst case a script can produce, and is reported beside it.
 */
import type { Browser, Page } from '@playwright/test';
import { median } from './stats.ts';
import { visit, type Measurement } from './measurement.ts';
import { QUERIES } from './measure-search.ts';

/** How fast a reader moves from the button to the last keystroke. */
export const READER = { hoverMs: 300, keyMs: 100 };

interface Timing {
  query: string;
  cold: number | null;
  coldNoPause: number | null;
  warm: number | null;
  apiCold: number;
  apiWarm: number;
}

const RESULT = 'dialog[data-search-dialog] .search-result';

/**
 * Types the query and returns ms from its last keydown to the first result of that query in the DOM:
 * typed at a reader's pace, each prefix may show results of its own before the last key, so a result
 * counts only once the input holds the whole query and the status line names it.
 */
async function typeAndWait(page: Page, query: string, keyMs = 0): Promise<number | null> {
  await page.evaluate(
    ({ sel, q }) => {
      const w = window as unknown as { lastKey?: number; firstResult?: number };
      w.lastKey = undefined;
      w.firstResult = undefined;
      const dialog = document.querySelector('dialog[data-search-dialog]')!;
      const input = dialog.querySelector<HTMLInputElement>('input')!;
      input.addEventListener('keydown', () => (w.lastKey = performance.now()));
      const answered = () =>
        input.value === q &&
        (dialog.querySelector('.search-summary')?.textContent ?? '').toLowerCase().includes(q.toLowerCase()) &&
        dialog.querySelector(sel) !== null;
      new MutationObserver((_, obs) => {
        if (w.lastKey !== undefined && answered()) {
          w.firstResult = performance.now();
          obs.disconnect();
        }
      }).observe(dialog, { subtree: true, childList: true, characterData: true });
    },
    { sel: RESULT.replace('dialog[data-search-dialog] ', ''), q: query },
  );
  await page.locator('dialog[data-search-dialog] input').pressSequentially(query, { delay: keyMs });
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

/** A fresh page with the dialog open: after a reader's pause on the button, or none. */
async function openDialog(browser: Browser, base: string, pause: boolean): Promise<Page> {
  const page = await browser.newPage();
  await visit(page, `${base}/`);
  const trigger = page.locator('header [data-search-open]');
  await trigger.hover();
  if (pause) await page.waitForTimeout(READER.hoverMs);
  await trigger.click();
  await page.locator('dialog[data-search-dialog] input').waitFor();
  return page;
}

async function one(browser: Browser, base: string, query: string): Promise<Timing> {
  const robot = await openDialog(browser, base, false);
  const coldNoPause = await typeAndWait(robot, query);
  await robot.close();
  const page = await openDialog(browser, base, true);
  const cold = await typeAndWait(page, query, READER.keyMs);
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
  await visit(api, `${base}/`);
  const apiCold = await apiTime(api, query);
  const apiWarm = await apiTime(api, query);
  await api.close();
  return { query, cold, coldNoPause, warm, apiCold, apiWarm };
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
    coldNoPause: stats(timings.map((t) => t.coldNoPause)),
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
    '## Search latency: the search box beside Pagefind alone',
    '',
    `The search box: from the last keystroke to the first visible result, cold (a fresh page, at a reader's pace: ${READER.hoverMs} ms on the button, ${READER.keyMs} ms a key) and warm (the same query again). Pagefind alone: its API in a fresh page, search plus the first result's data, cold and then warm. What the box adds is its own work: the debounce, rendering, and loading Pagefind when the pause on the button did not.`,
    '',
    '| | cold, median | cold, maximum | warm, median | warm, maximum |',
    '| --- | --- | --- | --- | --- |',
    `| search box | ${ms(data.cold.medianMs)}${previous ? ` (was ${ms(previous.cold.medianMs)})` : ''} | ${ms(data.cold.maxMs)} | ${ms(data.warm.medianMs)}${previous ? ` (was ${ms(previous.warm.medianMs)})` : ''} | ${ms(data.warm.maxMs)} |`,
    `| Pagefind API | ${ms(data.apiCold.medianMs)} | ${ms(data.apiCold.maxMs)} | ${ms(data.apiWarm.medianMs)} | ${ms(data.apiWarm.maxMs)} |`,
    `| the box adds (medians) | ${ms(data.cold.medianMs - data.apiCold.medianMs)} | | ${ms(data.warm.medianMs - data.apiWarm.medianMs)} | |`,
    '',
    `Cold with no pause (typed at once after the click, the worst a script can do): median ${ms(data.coldNoPause.medianMs)}, maximum ${ms(data.coldNoPause.maxMs)}.`,
    '',
    '| query | box, cold | API, cold | box, warm | API, warm | box, cold, no pause |',
    '| --- | --- | --- | --- | --- | --- |',
    ...data.queries.map(
      (t) =>
        `| ${t.query} | ${ms(t.cold)} | ${ms(t.apiCold)} | ${ms(t.warm)} | ${ms(t.apiWarm)} | ${ms(t.coldNoPause)} |`,
    ),
  ],
};
