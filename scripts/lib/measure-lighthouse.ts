/** Lighthouse, mobile and desktop presets, median of 3 runs, on the home page and each explainer. */
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { median } from './stats.ts';
import { pagesOf } from './measure-bytes.ts';
import type { Measurement } from './measurement.ts';

const RUNS = 3;
const SCORES = ['performance', 'accessibility', 'bestPractices', 'seo', 'lcp', 'tbt', 'cls'] as const;
type Scores = Record<(typeof SCORES)[number], number>;
export type LighthouseRow = { path: string; preset: 'mobile' | 'desktop' } & Scores;

async function medianOfRuns(port: number, url: string, preset: 'mobile' | 'desktop'): Promise<Scores> {
  const runs: Scores[] = [];
  for (let i = 0; i < RUNS; i++) {
    const result = await lighthouse(
      url,
      { port, output: 'json', logLevel: 'error' },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    const { categories, audits } = result.lhr;
    runs.push({
      performance: categories.performance!.score! * 100,
      accessibility: categories.accessibility!.score! * 100,
      bestPractices: categories['best-practices']!.score! * 100,
      seo: categories.seo!.score! * 100,
      lcp: audits['largest-contentful-paint']!.numericValue!,
      tbt: audits['total-blocking-time']!.numericValue!,
      cls: audits['cumulative-layout-shift']!.numericValue!,
    });
  }
  return Object.fromEntries(SCORES.map((k) => [k, median(runs.map((r) => r[k]))])) as Scores;
}

export const lighthouseScores: Measurement<LighthouseRow[]> = {
  key: 'lighthouse',
  async run({ dist, base, debuggingPort }) {
    const rows: LighthouseRow[] = [];
    for (const path of pagesOf(dist).filter((p) => p !== '/timeline/')) {
      for (const preset of ['mobile', 'desktop'] as const) {
        rows.push({ path, preset, ...(await medianOfRuns(debuggingPort, base + path, preset)) });
        console.log(`lighthouse: ${path} ${preset}`);
      }
    }
    return rows;
  },
  markdown(rows) {
    return [
      `## Lighthouse (median of ${RUNS} runs)`,
      '',
      '| page | preset | performance | accessibility | best practices | SEO | LCP | TBT | CLS |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      ...rows.map(
        (l) =>
          `| ${l.path} | ${l.preset} | ${l.performance} | ${l.accessibility} | ${l.bestPractices} | ${l.seo} | ${Math.round(l.lcp)} ms | ${Math.round(l.tbt)} ms | ${l.cls.toFixed(3)} |`,
      ),
    ];
  },
};
