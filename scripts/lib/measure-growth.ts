/**
 * Growth: build time and peak memory, dist size, index size and the bytes of
 * queries through the search box at 100, 1,000 and 10,000 generated pages
 * (BENCH_SIZES to change), beside the plain reference built from the same
 * generated pages (scripts/lib/plain.ts). Each size is built from a
 * temporary copy of content/ whose explainers are replaced by generated ones
 * (scripts/lib/text.ts), into a temporary dist; all are deleted afterwards,
 * and on any other way out.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { astroBuild } from './astro-build.ts';
import { buildPlain, loadLookup } from './plain-site.ts';
import { removeFolder, tempFolder } from './processes.ts';
import { searchOnce } from './measure-search.ts';
import { kb, type Measurement } from './measurement.ts';
import { serve } from './server.ts';
import { mulberry32, page, vocabulary, zipf } from './text.ts';

const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);
const VOCABULARY = 40_000;
/**
 * The queries, words of the generated text by their rank from 1: the most common (on nearly every
 * page, so its index chunk is the largest: the worst case), common ones and a rare one.
 */
const QUERY_RANKS = [1, 10, 100, 1000, 5000];

export interface GrowthRow {
  pages: number;
  buildMs: number;
  peakBytes: number;
  /** Pagefind's indexing within the build: its time (to within 200 ms) and peak memory. */
  indexing: { ms: number; peakBytes: number };
  /** The build's peak memory without Pagefind's: Astro's. */
  astroPeakBytes: number;
  distBytes: number;
  indexBytes: number;
  /** Brotli bytes of each query (opening search included), by the rank of its word. */
  queryBytes: Record<string, number>;
  perPage: Record<'buildMs' | 'distBytes' | 'indexBytes', number>;
  plain: { buildMs: number; peakBytes: number; distBytes: number };
}

function dirSize(dir: string): number {
  return (readdirSync(dir, { recursive: true }) as string[]).reduce((n, f) => {
    const s = statSync(join(dir, f));
    return s.isFile() ? n + s.size : n;
  }, 0);
}

const idsIn = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -'.yaml'.length));

/** The site's content with its explainers replaced by n generated pages. */
function generate(root: string, n: number, words: string[]): string {
  const dir = tempFolder(`content-${n}`);
  cpSync(join(root, 'content'), dir, { recursive: true });
  rmSync(join(dir, 'explainers'), { recursive: true });
  mkdirSync(join(dir, 'explainers'));
  const common = {
    pages: n,
    words,
    sourceIds: idsIn(join(dir, 'sources')),
    placeIds: idsIn(join(dir, 'places')),
    period: 'war-2020',
    lastReviewed: '2026-11-24',
  };
  const draw = zipf(words.length, 1, mulberry32(n));
  for (let i = 1; i <= n; i++) writeFileSync(join(dir, 'explainers', `page-${i}.mdx`), page({ ...common, n: i }, draw));
  return dir;
}

export const growth: Measurement<GrowthRow[]> = {
  key: 'growth',
  async run({ root, browser }) {
    const words = vocabulary(VOCABULARY, mulberry32(1));
    const rows: GrowthRow[] = [];
    for (const n of SIZES) {
      const content = generate(root, n, words);
      const out = tempFolder(`dist-${n}`);
      const site = await astroBuild(
        root,
        ['--site', 'http://localhost:4321', '--outDir', out],
        {
          cwd: root,
          // A local address: the build is measured, never published.
          env: {
            ...process.env,
            CONTENT_DIR: content,
            ASTRO_CACHE_DIR: join(content, '.cache'),
            SITE_URL: process.env.SITE_URL ?? 'http://localhost:4321',
          },
        },
        `the build of ${n} generated pages`,
      );
      const server = await serve(root, out);
      const queryBytes: Record<string, number> = {};
      for (const rank of QUERY_RANKS) {
        const found = await searchOnce(browser, server.base, words[rank - 1]!);
        if (found.ms === null)
          throw new Error(`growth: the word of rank ${rank} found nothing on ${n} generated pages`);
        queryBytes[rank] = found.bytes;
      }
      server.close();
      const distBytes = dirSize(out);
      const indexBytes = dirSize(join(out, 'pagefind'));
      removeFolder(out);

      const explainers = join(content, 'explainers');
      const pages = function* (): Generator<[string, string]> {
        for (let i = 1; i <= n; i++) yield [`page-${i}`, readFileSync(join(explainers, `page-${i}.mdx`), 'utf8')];
      };
      const plain = await buildPlain(root, pages(), loadLookup(content), `growth-${n}`);
      const plainDist = dirSize(plain.dist);
      removeFolder(dirname(plain.dist));
      removeFolder(content);

      rows.push({
        pages: n,
        buildMs: site.ms,
        peakBytes: site.peakBytes,
        indexing: { ms: site.indexerMs, peakBytes: site.indexerPeakBytes },
        astroPeakBytes: site.restPeakBytes,
        distBytes,
        indexBytes,
        queryBytes,
        perPage: { buildMs: site.ms / n, distBytes: distBytes / n, indexBytes: indexBytes / n },
        plain: { buildMs: plain.ms, peakBytes: plain.peakBytes, distBytes: plainDist },
      });
      console.log(
        `growth: ${n} pages built in ${(site.ms / 1000).toFixed(1)} s, plain in ${(plain.ms / 1000).toFixed(1)} s`,
      );
    }
    return rows;
  },
  markdown(rows) {
    const gib = (b: number) => `${(b / 2 ** 30).toFixed(2)} GiB`;
    const worst = (g: GrowthRow) => Math.max(...Object.values(g.queryBytes));
    return [
      '## Growth (generated pages), beside the plain reference',
      '',
      `Each page has 1,400-1,500 words drawn by Zipf's law from ${VOCABULARY.toLocaleString('en-GB')} generated words, in five to seven sections with lists, links, 3-5 citations and a place. The plain reference builds the same pages, reduced as its explainers are. Peak memory: the build and its children (Pagefind), sampled from /proc.`,
      '',
      '| pages | build, this site | per page | build, plain | per page | ratio | peak memory, this site / plain | dist, this site / plain |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      ...rows.map(
        (g) =>
          `| ${g.pages} | ${(g.buildMs / 1000).toFixed(1)} s | ${g.perPage.buildMs.toFixed(1)} ms | ${(g.plain.buildMs / 1000).toFixed(1)} s | ${(g.plain.buildMs / g.pages).toFixed(1)} ms | ${(g.buildMs / g.plain.buildMs).toFixed(2)}x | ${gib(g.peakBytes)} / ${gib(g.plain.peakBytes)} | ${kb(g.distBytes)} / ${kb(g.plain.distBytes)} |`,
      ),
      '',
      "The same builds less the search index: the plain reference has none. Pagefind's time is its service's lifetime, sampled every 200 ms; the memory of the rest is Astro's (the build's process group without Pagefind).",
      '',
      '| pages | indexing (Pagefind) | share of the build | build less indexing, per page | plain, per page | ratio | peak memory, Astro / Pagefind / plain |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...rows.map((g) => {
        const rest = (g.buildMs - g.indexing.ms) / g.pages;
        const plain = g.plain.buildMs / g.pages;
        return `| ${g.pages} | ${(g.indexing.ms / 1000).toFixed(1)} s | ${Math.round((100 * g.indexing.ms) / g.buildMs)}% | ${rest.toFixed(1)} ms | ${plain.toFixed(1)} ms | ${(rest / plain).toFixed(2)}x | ${gib(g.astroPeakBytes)} / ${gib(g.indexing.peakBytes)} / ${gib(g.plain.peakBytes)} |`;
      }),
      '',
      'The search index, and the bytes of a query through the search box (brotli, opening search included) for a word of the generated text by its rank.',
      '',
      `| pages | index | per page | ${QUERY_RANKS.map((r) => `rank ${r.toLocaleString('en-GB')}`).join(' | ')} | worst |`,
      `| --- | --- | --- | ${QUERY_RANKS.map(() => '---').join(' | ')} | --- |`,
      ...rows.map(
        (g) =>
          `| ${g.pages} | ${kb(g.indexBytes)} | ${kb(g.perPage.indexBytes)} | ${QUERY_RANKS.map((r) => kb(g.queryBytes[r]!)).join(' | ')} | ${kb(worst(g))} |`,
      ),
    ];
  },
};
