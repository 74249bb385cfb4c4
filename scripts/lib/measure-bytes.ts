/**
 * Bytes per page on first load: HTML, CSS and JS, raw and brotli, the
 * number of requests and of DOM elements; for each explainer, the same
 * beside the plain reference's page (scripts/lib/plain-site.ts), and the
 * multiples.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { kb, visit, vs, type Measurement } from './measurement.ts';

export interface PageBytes {
  path: string;
  requests: number;
  raw: Record<string, number>;
  brotli: Record<string, number>;
  /** Elements in the DOM once loaded. */
  elements: number;
  /** For an explainer: its page in the plain reference. */
  plain?: Omit<PageBytes, 'plain'>;
}

export const brotli = (b: Buffer) => brotliCompressSync(b).length;

/** The pages measured: home, each explainer, the timeline. */
export function pagesOf(dist: string): string[] {
  const xml = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return paths.filter((p) => p === '/' || p === '/timeline/' || /^\/explainers\/[^/]+\/$/.test(p));
}

/** One page's first load, in a fresh browser context so that nothing comes from the cache of an earlier page. */
async function pageBytes(browser: Browser, base: string, path: string): Promise<PageBytes> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies: Promise<{ type: string; body: Buffer }>[] = [];
  page.on('response', (r) => {
    const type = r.headers()['content-type'] ?? '';
    const kind = type.includes('html')
      ? 'html'
      : type.includes('css')
        ? 'css'
        : type.includes('javascript')
          ? 'js'
          : 'other';
    bodies.push(
      r
        .body()
        .catch(() => Buffer.alloc(0))
        .then((body) => ({ type: kind, body })),
    );
  });
  await visit(page, base + path);
  const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
  const loaded = await Promise.all(bodies);
  await context.close();
  const raw: Record<string, number> = { html: 0, css: 0, js: 0, other: 0 };
  const br: Record<string, number> = { html: 0, css: 0, js: 0, other: 0 };
  for (const { type, body } of loaded) {
    raw[type]! += body.length;
    br[type]! += brotli(body);
  }
  return { path, requests: loaded.length, raw, brotli: br, elements };
}

/** Everything fetched on first load, brotli. */
const total = (b: Omit<PageBytes, 'plain'>) => Object.values(b.brotli).reduce((x, y) => x + y, 0);
const times = (site: number, plain: number) => `${(site / plain).toFixed(2)}x`;
const requests = (n: number) => `${n} request${n === 1 ? '' : 's'}`;

export const bytes: Measurement<PageBytes[]> = {
  key: 'bytes',
  async run({ browser, base, dist, plain }) {
    const reference = await plain();
    const rows = [];
    for (const path of pagesOf(dist)) {
      const row: PageBytes = await pageBytes(browser, base, path);
      if (reference.paths.includes(path)) row.plain = await pageBytes(browser, reference.base, path);
      rows.push(row);
    }
    return rows;
  },
  markdown(rows, previous) {
    const before = new Map(previous?.map((b) => [b.path, b]));
    const cell = (b: PageBytes, type: string) =>
      `${kb(b.raw[type]!)} / ${kb(b.brotli[type]!)}${vs(b.brotli[type]!, before.get(b.path)?.brotli[type])}`;
    return [
      '## Bytes per page on first load',
      '',
      '| page | requests | HTML raw / br | CSS raw / br | JS raw / br | DOM elements |',
      '| --- | --- | --- | --- | --- | --- |',
      ...rows.map(
        (b) =>
          `| ${b.path} | ${b.requests} | ${cell(b, 'html')} | ${cell(b, 'css')} | ${cell(b, 'js')} | ${b.elements}${vs(b.elements, before.get(b.path)?.elements)} |`,
      ),
      '',
      '### Against the plain reference',
      '',
      'The same prose built as a minimal Astro + MDX site (bench/plain/, README: "The benchmark"): first view is everything fetched on first load, brotli.',
      '',
      '| explainer | first view, this site | plain | multiple | DOM elements, this site | plain | multiple |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...rows.flatMap(({ plain, ...b }) =>
        plain
          ? [
              `| ${b.path} | ${kb(total(b))}, ${requests(b.requests)} | ${kb(total(plain))}, ${requests(plain.requests)} | ${times(total(b), total(plain))} | ${b.elements} | ${plain.elements} | ${times(b.elements, plain.elements)} |`,
            ]
          : [],
      ),
    ];
  },
};
