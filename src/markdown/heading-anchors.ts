/**
 * Sätteri hast plugin: ends every heading with a "#" link to itself (<HeadingAnchor>). It runs after
 * Sätteri's heading ids, which give each heading its id. The link is a component, not an <a> element
 * with a "#" text, because Astro runs the heading ids a second time after every plugin of the site's,
 * and takes each heading's text for the table of contents then: text there would end in "#".
 */
import { defineHastPlugin } from 'satteri';

export const headingAnchors = defineHastPlugin({
  name: 'heading-anchors',
  element: {
    filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
    visit(node, ctx) {
      const id = node.properties.id;
      if (typeof id !== 'string') return;
      ctx.appendChild(node, {
        type: 'mdxJsxTextElement',
        name: 'HeadingAnchor',
        attributes: [{ type: 'mdxJsxAttribute', name: 'href', value: `#${id}` }],
        children: [],
      });
    },
  },
});
