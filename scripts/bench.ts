/**
 * The benchmark (`npm run bench`; never in CI, because timings on a shared
 * machine are noisy). It measures the production build in dist/ and writes
 * bench/report.md and bench/report.json, comparing with the previous report.
 *
 * 1. Bytes per page (home, each explainer, timeline): HTML, CSS and JS, raw
 *    and brotli, and the number of requests on first load.
 * 2. Lighthouse, mobile and desktop presets, median of 3 runs.
 * 3. Search: bytes fetched and time from the last keystroke to the first
 *    visible result for 10 queries (median and maximum).
 * 4. Growth: build time, dist size, index size and bytes for one query at
 *    100, 1,000 and 10,000 generated pages (BENCH_SIZES to change), built
 *    from a temporary content folder that is deleted afterwards.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem, type as osType, release } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { change, median } from '../src/lib/stats.ts';
import { benchSearchLatency } from './lib/bench-search.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const CHROMIUM = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const ARGS = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const QUERIES = ['ceasefire', 'Moscow', 'Shusha', 'Khankendi', 'Lachin corridor', 'Bishkek Protocol', 'Minsk Group', 'Ganja', 'refugees', 'Lavrov'];
const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);
const RUNS = 3;

const brotli = (b: Buffer) => brotliCompressSync(b).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function serve(dist: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--experimental-strip-types', join(ROOT, 'scripts/serve.ts')], {
    env: { ...process.env, DIST_DIR: dist, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve) => child.stdout!.once('data', () => resolve(child)));
}

function dirSize(dir: string): number {
  return (readdirSync(dir, { recursive: true }) as string[]).reduce((n, f) => {
    const s = statSync(join(dir, f));
    return s.isFile() ? n + s.size : n;
  }, 0);
}

function pagesOf(dist: string): string[] {
  const xml = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return paths.filter((p) => p === '/' || p === '/timeline/' || /^\/explainers\/[^/]+\/$/.test(p));
}

interface Report {
  date: string;
  machine: { os: string; cpu?: string; cores: number; memoryGB: number };
  versions: Record<string, string>;
  bytes: PageBytes[];
  lighthouse: ({ path: string; preset: string } & Record<'performance' | 'accessibility' | 'bestPractices' | 'seo' | 'lcp' | 'tbt' | 'cls', number>)[];
  search: { medianMs: number; maxMs: number; medianBytes: number; maxBytes: number; queries: { query: string; ms: number | null; bytes: number }[] };
  growth: { pages: number; buildMs: number; distBytes: number; indexBytes: number; queryBytes: number; perPage: Record<'buildMs' | 'distBytes' | 'indexBytes', number> }[];
}

interface PageBytes { path: string; requests: number; raw: Record<string, number>; brotli: Record<string, number> }

/** One page's first load, in a fresh browser context so that nothing comes from the cache of an earlier page. */
async function pageBytes(browser: Browser, base: string, path: string): Promise<PageBytes> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies: Promise<{ type: string; body: Buffer }>[] = [];
  page.on('response', (r) => {
    const type = r.headers()['content-type'] ?? '';
    const kind = type.includes('html') ? 'html' : type.includes('css') ? 'css' : type.includes('javascript') ? 'js' : 'other';
    bodies.push(r.body().catch(() => Buffer.alloc(0)).then((body) => ({ type: kind, body })));
  });
  await page.goto(base + path, { waitUntil: 'networkidle' });
  const loaded = await Promise.all(bodies);
  await context.close();
  const raw: Record<string, number> = { html: 0, css: 0, js: 0, other: 0 };
  const br: Record<string, number> = { html: 0, css: 0, js: 0, other: 0 };
  for (const { type, body } of loaded) {
    raw[type]! += body.length;
    br[type]! += brotli(body);
  }
  return { path, requests: loaded.length, raw, brotli: br };
}

async function lighthouseRuns(port: number, url: string, preset: 'mobile' | 'desktop') {
  type Run = Record<'performance' | 'accessibility' | 'bestPractices' | 'seo' | 'lcp' | 'tbt' | 'cls', number>;
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error' }, preset === 'desktop' ? desktopConfig : undefined);
    const lhr = result!.lhr;
    runs.push({
      performance: lhr.categories.performance!.score! * 100,
      accessibility: lhr.categories.accessibility!.score! * 100,
      bestPractices: lhr.categories['best-practices']!.score! * 100,
      seo: lhr.categories.seo!.score! * 100,
      lcp: lhr.audits['largest-contentful-paint']!.numericValue!,
      tbt: lhr.audits['total-blocking-time']!.numericValue!,
      cls: lhr.audits['cumulative-layout-shift']!.numericValue!,
    });
  }
  const pick = (k: keyof Run) => median(runs.map((r) => r[k]));
  return { performance: pick('performance'), accessibility: pick('accessibility'), bestPractices: pick('bestPractices'), seo: pick('seo'), lcp: pick('lcp'), tbt: pick('tbt'), cls: pick('cls') };
}

/** Opens search, types a query, and measures time to the first visible result and the bytes fetched. */
async function searchOnce(browser: Browser, base: string, query: string) {
  const page = await browser.newPage();
  await page.goto(`${base}/`, { waitUntil: 'networkidle' });
  let bytes = 0;
  page.on('response', async (r) => void (bytes += brotli(await r.body().catch(() => Buffer.alloc(0)))));
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
  await input.pressSequentially(query);
  const typedAt = await page.evaluate(() => performance.now());
  await page.locator('dialog[data-search-dialog] .search-result').first().waitFor({ timeout: 15000 }).catch(() => {});
  await page.waitForLoadState('networkidle');
  const at = await page.evaluate(() => (window as unknown as { firstResultAt?: number }).firstResultAt);
  await page.close();
  return { query, ms: at === undefined ? null : Math.max(0, at - typedAt), bytes };
}

/**
 * The site's own content with its explainers replaced by n generated pages
 * (benchmark data only, in a temporary folder, never committed).
 */
function generate(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'nk-bench-'));
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  rmSync(join(dir, 'explainers'), { recursive: true });
  mkdirSync(join(dir, 'explainers'));
  const [a, b] = readdirSync(join(dir, 'sources')).map((f) => f.replace(/\.yaml$/, ''));
  const words = ['ceasefire', 'district', 'talks', 'statement', 'border', 'corridor', 'village', 'minister', 'report', 'mountain', 'river', 'agreement'];
  for (let i = 1; i <= n; i++) {
    const para = (k: number) => Array.from({ length: 120 }, (_, j) => words[(i * 7 + j * k) % words.length]).join(' ');
    writeFileSync(
      join(dir, 'explainers', `page-${i}.mdx`),
      `---\ntitle: "Generated page ${i}"\ndescription: "Benchmark page ${i}."\norder: ${i}\nperiod: war-2020\nlastReviewed: "2026-11-24"\n---\n\n## Part one\n\n${para(3)} token${i}.[@${a}]\n\n## Part two\n\n${para(5)}.[@${b}]\n`,
    );
  }
  return dir;
}

async function growth(browser: Browser) {
  const rows = [];
  for (const n of SIZES) {
    const content = generate(n);
    const out = mkdtempSync(join(tmpdir(), 'nk-bench-dist-'));
    const started = performance.now();
    execFileSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: content, ASTRO_CACHE_DIR: join(content, '.cache') },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const buildMs = performance.now() - started;
    const server = await serve(out, 4399);
    const q = await searchOnce(browser, 'http://localhost:4399', 'ceasefire');
    server.kill();
    const distBytes = dirSize(out);
    const indexBytes = dirSize(join(out, 'pagefind'));
    rows.push({ pages: n, buildMs, distBytes, indexBytes, queryBytes: q.bytes, perPage: { buildMs: buildMs / n, distBytes: distBytes / n, indexBytes: indexBytes / n } });
    rmSync(content, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
    console.log(`growth: ${n} pages built in ${(buildMs / 1000).toFixed(1)} s`);
  }
  return rows;
}

async function main() {
  const dist = join(ROOT, 'dist');
  if (!existsSync(join(dist, 'index.html'))) throw new Error('No build in dist/: run npm run build first.');
  const port = 4398;
  const server = await serve(dist, port);
  const base = `http://localhost:${port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...ARGS, '--remote-debugging-port=9333'] });
  try {
    const bytes = [];
    for (const path of pagesOf(dist)) bytes.push(await pageBytes(browser, base, path));

    const lh = [];
    for (const path of pagesOf(dist).filter((p) => p !== '/timeline/')) {
      for (const preset of ['mobile', 'desktop'] as const) {
        lh.push({ path, preset, ...(await lighthouseRuns(9333, base + path, preset)) });
        console.log(`lighthouse: ${path} ${preset}`);
      }
    }

    const searches = [];
    for (const q of QUERIES) searches.push(await searchOnce(browser, base, q));
    const times = searches.map((s) => s.ms).filter((m): m is number => m !== null);
    const latency = await benchSearchLatency(browser, base, QUERIES);
    const search = { queries: searches, medianMs: median(times), maxMs: Math.max(...times), medianBytes: median(searches.map((s) => s.bytes)), maxBytes: Math.max(...searches.map((s) => s.bytes)) };

    const grow = await growth(browser);
    const chromiumVersion = browser.version();
    const report: Report = {
      date: new Date().toISOString(),
      machine: { os: `${osType()} ${release()}`, cpu: cpus()[0]?.model, cores: cpus().length, memoryGB: Math.round(totalmem() / 2 ** 30) },
      versions: { node: process.version, chromium: chromiumVersion, astro: pkgVersion('astro'), pagefind: pkgVersion('pagefind'), lighthouse: pkgVersion('lighthouse') },
      bytes, lighthouse: lh, search, growth: grow,
    };
    const previousFile = join(ROOT, 'bench/report.json');
    const previous = existsSync(previousFile) ? JSON.parse(readFileSync(previousFile, 'utf8')) : undefined;
    mkdirSync(join(ROOT, 'bench'), { recursive: true });
    writeFileSync(previousFile, `${JSON.stringify({ ...report, searchLatency: latency.data }, null, 2)}\n`);
    writeFileSync(join(ROOT, 'bench/report.md'), `${markdown(report, previous)}\n${latency.markdown.join('\n')}`);
    console.log('Wrote bench/report.md and bench/report.json');
  } finally {
    await browser.close();
    server.kill();
  }
}

function pkgVersion(name: string): string {
  return JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
}

function markdown(r: Report, prev?: Report): string {
  const vs = (now: number, before?: number) => (before === undefined ? '' : ` (${change(before, now)})`);
  const prevBytes = new Map(prev?.bytes.map((b) => [b.path, b]));
  const lines = [
    '# Benchmark report',
    '',
    `Run ${r.date} on ${r.machine.os}, ${r.machine.cpu} (${r.machine.cores} cores, ${r.machine.memoryGB} GB).`,
    `Node ${r.versions.node}, Chromium ${r.versions.chromium}, Astro ${r.versions.astro}, Pagefind ${r.versions.pagefind}, Lighthouse ${r.versions.lighthouse}.`,
    prev ? `Compared with the previous report of ${prev.date} (in brackets). Timings on a shared machine are noisy: read ratios, not milliseconds.` : 'No previous report to compare with.',
    '',
    '## Bytes per page on first load',
    '',
    '| page | requests | HTML raw / br | CSS raw / br | JS raw / br |',
    '| --- | --- | --- | --- | --- |',
    ...r.bytes.map((b) => {
      const p = prevBytes.get(b.path);
      return `| ${b.path} | ${b.requests} | ${kb(b.raw.html!)} / ${kb(b.brotli.html!)}${vs(b.brotli.html!, p?.brotli.html)} | ${kb(b.raw.css!)} / ${kb(b.brotli.css!)}${vs(b.brotli.css!, p?.brotli.css)} | ${kb(b.raw.js!)} / ${kb(b.brotli.js!)}${vs(b.brotli.js!, p?.brotli.js)} |`;
    }),
    '',
    `## Lighthouse (median of ${RUNS} runs)`,
    '',
    '| page | preset | performance | accessibility | best practices | SEO | LCP | TBT | CLS |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...r.lighthouse.map((l) => `| ${l.path} | ${l.preset} | ${l.performance} | ${l.accessibility} | ${l.bestPractices} | ${l.seo} | ${Math.round(l.lcp)} ms | ${Math.round(l.tbt)} ms | ${l.cls.toFixed(3)} |`),
    '',
    '## Search (10 queries, from the last keystroke to the first visible result)',
    '',
    `Median ${Math.round(r.search.medianMs)} ms${vs(r.search.medianMs, prev?.search.medianMs)}, maximum ${Math.round(r.search.maxMs)} ms. Bytes fetched (brotli, opening search included): median ${kb(r.search.medianBytes)}, maximum ${kb(r.search.maxBytes)}.`,
    '',
    '| query | time | bytes |',
    '| --- | --- | --- |',
    ...r.search.queries.map((q) => `| ${q.query} | ${q.ms === null ? 'no result' : `${Math.round(q.ms)} ms`} | ${kb(q.bytes)} |`),
    '',
    '## Growth (generated pages)',
    '',
    '| pages | build | per page | dist | per page | index | per page | one query |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...r.growth.map((g) => `| ${g.pages} | ${(g.buildMs / 1000).toFixed(1)} s | ${g.perPage.buildMs.toFixed(1)} ms | ${kb(g.distBytes)} | ${kb(g.perPage.distBytes)} | ${kb(g.indexBytes)} | ${kb(g.perPage.indexBytes)} | ${kb(g.queryBytes)} |`),
    '',
  ];
  return lines.join('\n');
}

await main();
