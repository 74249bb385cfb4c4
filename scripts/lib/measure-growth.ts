/**
 * Growth: build time, dist size, index size and the bytes of a query at 100,
 * 1,000 and 10,000 generated pages (BENCH_SIZES to change). Each size is
 * built from a temporary copy of content/ whose explainers are replaced by
 * generated ones (scripts/lib/text.ts), into a temporary dist; both are
 * deleted afterwards, and on any other way out.
 */
import { cpSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { finished, removeFolder, start, tempFolder } from './processes.ts';
import { searchOnce } from './measure-search.ts';
import { kb, type Measurement } from './measurement.ts';
import { serve } from './server.ts';
import { mulberry32, page, vocabulary, zipf } from './text.ts';

const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);
const VOCABULARY = 40_000;
/** The queries: a common word (rank 100) and a rare one (rank 5,000) of the generated text. */
const QUERY_RANKS = { common: 99, rare: 4999 };

export interface GrowthRow {
  pages: number;
  buildMs: number;
  distBytes: number;
  indexBytes: number;
  queryBytes: { common: number; rare: number };
  perPage: Record<'buildMs' | 'distBytes' | 'indexBytes', number>;
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
      const started = performance.now();
      const build = start(
        process.execPath,
        [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--site', 'http://localhost:4321', '--outDir', out],
        {
          cwd: root,
          // A local address: the build is measured, never published.
          env: {
            ...process.env,
            CONTENT_DIR: content,
            ASTRO_CACHE_DIR: join(content, '.cache'),
            SITE_URL: process.env.SITE_URL ?? 'http://localhost:4321',
            ASTRO_TELEMETRY_DISABLED: '1',
          },
          stdio: ['ignore', 'ignore', 'inherit'],
        },
      );
      await finished(build, `the build of ${n} generated pages`);
      const buildMs = performance.now() - started;
      const server = await serve(root, out);
      const common = await searchOnce(browser, server.base, words[QUERY_RANKS.common]!);
      const rare = await searchOnce(browser, server.base, words[QUERY_RANKS.rare]!);
      server.close();
      if (common.ms === null || rare.ms === null)
        throw new Error(`growth: a query on ${n} generated pages found nothing`);
      const distBytes = dirSize(out);
      const indexBytes = dirSize(join(out, 'pagefind'));
      rows.push({
        pages: n,
        buildMs,
        distBytes,
        indexBytes,
        queryBytes: { common: common.bytes, rare: rare.bytes },
        perPage: { buildMs: buildMs / n, distBytes: distBytes / n, indexBytes: indexBytes / n },
      });
      removeFolder(content);
      removeFolder(out);
      console.log(`growth: ${n} pages built in ${(buildMs / 1000).toFixed(1)} s`);
    }
    return rows;
  },
  markdown(rows) {
    return [
      '## Growth (generated pages)',
      '',
      `Each page has 1,400-1,500 words drawn by Zipf's law from ${VOCABULARY.toLocaleString('en-GB')} generated words, in five to seven sections with lists, links, 3-5 citations and a place. The queries are a common word (rank ${QUERY_RANKS.common + 1}) and a rare one (rank ${(QUERY_RANKS.rare + 1).toLocaleString('en-GB')}); their bytes include opening search.`,
      '',
      '| pages | build | per page | dist | per page | index | per page | common query | rare query |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      ...rows.map(
        (g) =>
          `| ${g.pages} | ${(g.buildMs / 1000).toFixed(1)} s | ${g.perPage.buildMs.toFixed(1)} ms | ${kb(g.distBytes)} | ${kb(g.perPage.distBytes)} | ${kb(g.indexBytes)} | ${kb(g.perPage.indexBytes)} | ${kb(g.queryBytes.common)} | ${kb(g.queryBytes.rare)} |`,
      ),
    ];
  },
};
