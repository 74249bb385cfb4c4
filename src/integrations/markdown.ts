/**
 * The Markdown/MDX processor: citations and names (remark-editorial), then
 * heading ids, an anchor link on every heading, and a sideways-scrolling
 * region around every table.
 */
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { remarkEditorial } from '../lib/remark-editorial.ts';
import { rehypeTableScroll } from '../lib/rehype-table-scroll.ts';

export const processor = unified({
  remarkPlugins: [remarkEditorial],
  rehypePlugins: [
    rehypeHeadingIds,
    [
      rehypeAutolinkHeadings,
      {
        behavior: 'append',
        properties: { className: ['heading-anchor'], 'data-pagefind-ignore': '' },
        content: [
          { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
          { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: 'Link to this section' }] },
        ],
      },
    ],
    rehypeTableScroll,
  ],
});
