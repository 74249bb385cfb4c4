/**
 * Sätteri hast plugin: wraps every Markdown table in a focusable region that
 * scrolls sideways on its own, so a wide table never makes the whole page
 * scroll on a phone (WCAG 1.4.10), and keyboard users can scroll it.
 */
import { defineHastPlugin } from 'satteri';

export function tableScroll() {
  let n = 0;
  return defineHastPlugin({
    name: 'table-scroll',
    element: {
      filter: ['table'],
      visit(node, ctx) {
        n += 1;
        ctx.wrapNode(node, {
          type: 'element',
          tagName: 'div',
          properties: {
            className: ['table-scroll'],
            tabIndex: 0,
            role: 'region',
            ariaLabel: `Table ${n}, scrolls sideways`,
          },
          children: [],
        });
      },
    },
  });
}
