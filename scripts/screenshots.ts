/**
 * Screenshots for looking at the site as a reader would (`npm run screenshots`):
 * each page at 375 px and 1280 px wide, light and dark, into screenshots/
 * (git-ignored). Pages: PAGES="/,/about/" to choose; default home, every
 * explainer, timeline and maps. Needs a build in dist/; PORT sets the port of
 * its server (4397).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const dist = process.env.DIST_DIR ?? `${ROOT}dist`;
const port = Number(process.env.PORT ?? 4397);
const xml = readFileSync(`${dist}/sitemap-0.xml`, 'utf8');
const all = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
const pages =
  process.env.PAGES?.split(',') ?? all.filter((p) => p === '/' || /^\/(explainers\/[^/]+|timeline|maps)\/$/.test(p));

const server = spawn(process.execPath, ['--experimental-strip-types', `${ROOT}scripts/serve.ts`], {
  env: { ...process.env, DIST_DIR: dist, PORT: String(port) },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((r) => server.stdout!.once('data', r));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
mkdirSync(`${ROOT}screenshots`, { recursive: true });
try {
  for (const path of pages) {
    for (const width of [375, 1280]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
        await page.goto(`http://localhost:${port}${path}`, { waitUntil: 'networkidle' });
        const name = `${path.replace(/\//g, '_').replace(/^_|_$/g, '') || 'home'}-${width}-${colorScheme}.png`;
        await page.screenshot({ path: `${ROOT}screenshots/${name}`, fullPage: process.env.FULL === '1' });
        await page.close();
        console.log(`screenshots/${name}`);
      }
    }
  }
} finally {
  await browser.close();
  server.kill();
}
