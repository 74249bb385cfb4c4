/**
 * Lighthouse's mobile preset (the harder one, and the one issue 20 sets
 * its targets on) over RUNS runs (BENCH_RUNS, 5 unless set): the home page,
 * each explainer, the timeline and the plain reference's explainers; one run
 * is a minute on a loaded 2-core machine, so there is no desktop preset.
 * Performance is given as the median and the lowest of the runs, with how
 * many runs scored 100; CLS as the median and the highest; the rest as
 * medians.
 */
import lighthouse from 'lighthouse';
import { median } from './stats.ts';
import { pagesOf } from './measure-bytes.ts';
import type { Measurement } from './measurement.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SCORES = ['performance', 'accessibility', 'bestPractices', 'seo', 'lcp', 'tbt', 'cls'] as const;
type Scores = Record<(typeof SCORES)[number], number>;
export type LighthouseRow = {
  path: string;
  /** Which build: the site, or the plain reference. */
  build: 'site' | 'plain';
  runs: number;
  minPerformance: number;
  /** How many runs scored 100 for performance. */
  perfect: number;
  maxCls: number;
} & Scores;

/** How many times one run is tried when Lighthouse leaves a score or metric out (an audit that errored under load). */
const ATTEMPTS = 3;

async function once(port: number, url: string): Promise<Scores> {
  let problem = '';
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error' });
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    const { categories, audits } = result.lhr;
    const scores: Record<string, number | null | undefined> = {
      performance: categories.performance?.score,
      accessibility: categories.accessibility?.score,
      bestPractices: categories['best-practices']?.score,
      seo: categories.seo?.score,
      lcp: audits['largest-contentful-paint']?.numericValue,
      tbt: audits['total-blocking-time']?.numericValue,
      cls: audits['cumulative-layout-shift']?.numericValue,
    };
    const missing = SCORES.filter((k) => typeof scores[k] !== 'number');
    if (missing.length === 0) {
      for (const k of ['performance', 'accessibility', 'bestPractices', 'seo'])
        scores[k] = Math.round(scores[k]! * 100);
      return scores as Scores;
    }
    problem = `${missing.join(', ')} missing${result.lhr.runtimeError ? ` (${result.lhr.runtimeError.message})` : ''}`;
    console.log(`lighthouse: ${url}: ${problem}, again`);
  }
  throw new Error(`Lighthouse on ${url}: ${problem} in ${ATTEMPTS} attempts`);
}

async function runs(port: number, url: string): Promise<Omit<LighthouseRow, 'path' | 'build'>> {
  const all: Scores[] = [];
  for (let i = 0; i < RUNS; i++) all.push(await once(port, url));
  const performance = all.map((r) => r.performance);
  return {
    ...(Object.fromEntries(SCORES.map((k) => [k, median(all.map((r) => r[k]))])) as Scores),
    runs: RUNS,
    minPerformance: Math.min(...performance),
    perfect: performance.filter((p) => p === 100).length,
    maxCls: Math.max(...all.map((r) => r.cls)),
  };
}

export const lighthouseScores: Measurement<LighthouseRow[]> = {
  key: 'lighthouse',
  async run({ dist, base, debuggingPort, plain }) {
    if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('BENCH_RUNS: a whole number of runs, at least 1');
    const rows: LighthouseRow[] = [];
    for (const path of pagesOf(dist)) {
      rows.push({ path, build: 'site', ...(await runs(debuggingPort, base + path)) });
      console.log(`lighthouse: ${path}`);
    }
    const reference = await plain();
    for (const path of reference.paths) {
      rows.push({ path, build: 'plain', ...(await runs(debuggingPort, reference.base + path)) });
      console.log(`lighthouse: plain ${path}`);
    }
    return rows;
  },
  markdown(rows) {
    const count = rows[0]?.runs ?? RUNS;
    return [
      `## Lighthouse, mobile (${count === 1 ? '1 run' : `${count} runs`} a page)`,
      '',
      'Performance: median and lowest, and the runs that scored 100. CLS: median and highest. The rest: medians.',
      '',
      '| page | build | performance | at 100 | accessibility | best practices | SEO | LCP | TBT | CLS |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      ...rows.map(
        (l) =>
          `| ${l.path} | ${l.build} | ${l.performance} / ${l.minPerformance} | ${l.perfect} of ${l.runs} | ${l.accessibility} | ${l.bestPractices} | ${l.seo} | ${Math.round(l.lcp)} ms | ${Math.round(l.tbt)} ms | ${l.cls.toFixed(3)} / ${l.maxCls.toFixed(3)} |`,
      ),
    ];
  },
};
