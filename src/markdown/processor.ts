/**
 * The Markdown/MDX processor: citations and names (remark-editorial), then
 * heading ids, an anchor link on every heading, and a sideways-scrolling
 * region around every table.
 */
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { remarkEditorial } from './remark-editorial.ts';
import { rehypeTableScroll } from './rehype-table-scroll.ts';

export const processor = unified({
  remarkPlugins: [remarkEditorial],
  rehypePlugins: [
    rehypeHeadingIds,
    [
      rehypeAutolinkHeadings,
      {
        behavior: 'append',
        // A "#" named by aria-label; Pagefind leaves .heading-anchor out of the index (src/integrations/pagefind.ts).
        properties: { className: ['heading-anchor'], ariaLabel: 'Link to this section' },
        content: { type: 'text', value: '#' },
      },
    ],
    rehypeTableScroll,
  ],
});
