/**
 * The benchmark (`npm run bench`; never in CI, because timings on a shared
 * machine are noisy). It measures the production build in dist/ (run
 * `npm run build` first) and writes bench/report.md and bench/report.json,
 * comparing with the previous report. The measurements, each in
 * scripts/lib/measure-*.ts:
 *
 * 1. Bytes per page (home, each explainer, timeline): HTML, CSS and JS, raw
 *    and brotli, the number of requests on first load and of DOM elements;
 *    each explainer beside the plain reference (bench/plain/, built from the
 *    same prose by scripts/lib/plain-site.ts), with the multiples.
 * 2. Lighthouse, mobile preset, 5 runs a page (BENCH_RUNS to change), on the
 *    same pages and the plain reference's explainers.
 * 3. Search: bytes fetched and time from the last keystroke to the first
 *    visible result for 10 queries (median and maximum).
 * 4. Search latency: the same, cold and warm, beside Pagefind's own API time
 *    for the same queries (scripts/lib/bench-search.ts).
 * 5. Growth: build time and peak memory beside the plain reference's, dist
 *    size, index size and the bytes of queries at 100, 1,000 and 10,000
 *    generated pages (BENCH_SIZES to change).
 *
 * BENCH_ONLY=growth (a comma-separated list of keys) runs only those
 * measurements and prints their report without writing bench/.
 *
 * Servers listen on free ports. A failing child fails the run (exit code 1);
 * on every way out, normal, error, SIGINT or SIGTERM, its servers, builds,
 * browser and temporary nk-bench-* folders (the plain reference's too) go
 * (scripts/lib/processes.ts).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem, type as osType } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { bytes } from './lib/measure-bytes.ts';
import { growth } from './lib/measure-growth.ts';
import { lighthouseScores } from './lib/measure-lighthouse.ts';
import { search } from './lib/measure-search.ts';
import { searchLatency } from './lib/bench-search.ts';
import type { Context, Measurement } from './lib/measurement.ts';
import { onClose, run } from './lib/processes.ts';
import { plainReference, type PlainServed } from './lib/plain-site.ts';
import { freePort, serve } from './lib/server.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium.ts';

/** In the order they run and appear in the report. */
const ALL: Measurement<unknown>[] = [bytes, lighthouseScores, search, searchLatency, growth];
/** BENCH_ONLY=growth,search runs only those, and prints their report instead of writing bench/. */
const ONLY = process.env.BENCH_ONLY?.split(',');
const MEASUREMENTS = ONLY ? ALL.filter((m) => ONLY.includes(m.key)) : ALL;

const ROOT = new URL('..', import.meta.url).pathname;
const CHROMIUM = CHROMIUM_PATH;
const ARGS = CHROMIUM_ARGS;

interface Report {
  date: string;
  machine: { os: string; cpu?: string; cores: number; memoryGB: number };
  versions: Record<string, string>;
  [measurement: string]: unknown;
}

const pkgVersion = (name: string): string =>
  JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;

function markdown(r: Report, prev?: Report): string {
  const v = r.versions;
  return [
    '# Benchmark report',
    '',
    `Run ${r.date} on ${r.machine.os}, ${r.machine.cpu} (${r.machine.cores} cores, ${r.machine.memoryGB} GB).`,
    `Node ${v.node}, Chromium ${v.chromium}, Astro ${v.astro}, Pagefind ${v.pagefind}, Lighthouse ${v.lighthouse}.`,
    prev
      ? `Compared with the previous report of ${prev.date} (in brackets). Timings on a shared machine are noisy: read ratios, not milliseconds.`
      : 'No previous report to compare with.',
    '',
    ...MEASUREMENTS.flatMap((m) => [...m.markdown(r[m.key], prev?.[m.key]), '']),
  ].join('\n');
}

async function main() {
  if (ONLY && MEASUREMENTS.length !== ONLY.length)
    throw new Error(`BENCH_ONLY: the measurements are ${ALL.map((m) => m.key).join(', ')}`);
  const dist = join(ROOT, 'dist');
  if (!existsSync(join(dist, 'index.html'))) throw new Error('no build in dist/: run npm run build first');
  const server = await serve(ROOT, dist);
  const debuggingPort = await freePort();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [...ARGS, `--remote-debugging-port=${debuggingPort}`],
    // processes.ts handles the signals, and closes the browser on the way out.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  onClose(() => browser.close());
  let reference: Promise<PlainServed> | undefined;
  const plain = () => (reference ??= plainReference(ROOT));
  const context: Context = { root: ROOT, dist, base: server.base, browser, debuggingPort, plain };

  const report: Report = {
    date: new Date().toISOString(),
    machine: {
      os: `${osType()} ${release()}`,
      cpu: cpus()[0]?.model,
      cores: cpus().length,
      memoryGB: Math.round(totalmem() / 2 ** 30),
    },
    versions: {
      node: process.version,
      chromium: browser.version(),
      astro: pkgVersion('astro'),
      pagefind: pkgVersion('pagefind'),
      lighthouse: pkgVersion('lighthouse'),
    },
  };
  for (const m of MEASUREMENTS) report[m.key] = await m.run(context);
  server.close();
  if (reference) (await reference).close();

  if (ONLY) {
    console.log(markdown(report));
    return;
  }
  const previousFile = join(ROOT, 'bench/report.json');
  const previous: Report | undefined = existsSync(previousFile)
    ? JSON.parse(readFileSync(previousFile, 'utf8'))
    : undefined;
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(previousFile, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(ROOT, 'bench/report.md'), markdown(report, previous));
  console.log('Wrote bench/report.md and bench/report.json');
}

await run(main);
