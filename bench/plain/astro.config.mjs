// @ts-check
/**
 * The benchmark's plain reference: a minimal Astro + MDX site that the benchmark builds from the same
 * prose as the site's explainers (scripts/lib/plain-site.ts copies this folder into a temporary one,
 * with the reduced MDX in src/content/explainers/). Astro's defaults throughout: its own Markdown
 * processor, no markdown.processor, no client JavaScript.
 */
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  // In the temporary copy, beside its node_modules link, never in the repository's node_modules.
  cacheDir: './.cache',
  integrations: [mdx()],
});
