/**
 * Rehype plugin: wraps every Markdown table in a focusable region that
 * scrolls sideways on its own, so a wide table never makes the whole page
 * scroll on a phone (WCAG 1.4.10), and keyboard users can scroll it.
 */
import type { Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

export function rehypeTableScroll() {
  return (tree: Root) => {
    let n = 0;
    visit(tree, 'element', (node, i, parent) => {
      if (node.tagName !== 'table' || !parent || i === undefined) return;
      n += 1;
      parent.children[i] = {
        type: 'element',
        tagName: 'div',
        properties: {
          className: ['table-scroll'],
          tabIndex: 0,
          role: 'region',
          ariaLabel: `Table ${n}, scrolls sideways`,
        },
        children: [node],
      };
      // The wrapped table's own children are left alone, as before: a table holds no table.
      return SKIP;
    });
  };
}
