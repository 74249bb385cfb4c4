// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { processor } from './src/integrations/markdown.ts';
import { pagefind } from './src/integrations/pagefind.ts';

export default defineConfig({
  // The public address, for canonical URLs and the sitemap. Set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
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
    build: {
      // Never inline scripts: every script is a file, so the Content-Security-Policy needs no hash but the theme script's.
      assetsInlineLimit: 0,
      rollupOptions: {
        onwarn(warning, warn) {
          // Astro 7.3 prints a MODULE_LEVEL_DIRECTIVE warning for every MDX file
          // (withastro/astro issue 18087). Drop exactly that one; let every other warning through.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && /\.mdx(\?|$)/.test(warning.id ?? '')) return;
          warn(warning);
        },
      },
    },
  },
});
