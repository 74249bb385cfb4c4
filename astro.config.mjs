// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { processor } from './src/markdown/processor.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { mdxCheck } from './src/integrations/mdx-check.ts';

/**
 * The public address, for canonical URLs, og:url, the sitemap, "Cite this page" and the open data. A
 * production build must be given it; a local build asks for localhost explicitly with `--site`
 * (`npm run build:local`, which `npm start` and `npm test` use). `astro dev` and `astro check` need none.
 */
const LOCAL = 'http://localhost:4321';
if (process.argv.includes('build') && !process.env.SITE_URL && !process.argv.includes('--site')) {
  console.error(
    'SITE_URL is not set: the build would write http://localhost:4321 into canonical links, the sitemap and the open data.\n' +
      '  Set the public address:  SITE_URL=https://example.org npm run build\n' +
      '  or, for a local build:   npm run build:local',
  );
  process.exit(1);
}

export default defineConfig({
  site: process.env.SITE_URL ?? LOCAL,
  trailingSlash: 'always',
  // The build-failure tests build fixture content (CONTENT_DIR) with their own cache, away from the site's.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: { processor },
  integrations: [
    mdx(),
    // Leave out the 404 page and the timeline's filtered pages, which are noindex (src/pages/timeline/period/[period].astro).
    sitemap({ filter: (page) => !page.endsWith('/404/') && !/\/timeline\/(period|place)\//.test(page) }),
    pagefind(),
  ],
  vite: {
    plugins: [mdxCheck()],
    build: {
      // Never inline scripts: every script is a file, so the Content-Security-Policy needs no hash but the theme script's.
      assetsInlineLimit: 0,
      // One stylesheet for the whole site, cached from page to page, rather than a few per page (README: What a page
      // costs, with the figures of both ways). Inlining it instead would need every page's style hash in the CSP.
      cssCodeSplit: false,
    },
  },
});
