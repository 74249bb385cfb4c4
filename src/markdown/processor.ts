/**
 * The Markdown/MDX processor: Astro's default, Sätteri (parsed and compiled in Rust), with the site's
 * plugins: citations and names (editorial.ts), then heading ids, a "#" link on every heading, and a
 * sideways-scrolling region around every table. Sätteri's smart punctuation writes the typographic
 * quotes, apostrophes and dashes.
 */
import { satteri, satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { editorialPlugins } from './editorial.ts';
import { headingAnchors } from './heading-anchors.ts';
import { tableScroll } from './table-scroll.ts';

export const processor = satteri({
  mdastPlugins: editorialPlugins(),
  hastPlugins: [satteriHeadingIdsPlugin(), headingAnchors, () => tableScroll()],
  features: { smartPunctuation: true },
});
