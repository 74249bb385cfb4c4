/**
 * Rehype plugin: wraps every Markdown table in a focusable region that
 * scrolls sideways on its own, so a wide table never makes the whole page
 * scroll on a phone (WCAG 1.4.10), and keyboard users can scroll it.
 */
interface Element {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Element[];
}

export function rehypeTableScroll() {
  return (tree: Element) => {
    let n = 0;
    const visit = (node: Element) => {
      const children = node.children;
      if (!children) return;
      for (let i = 0; i < children.length; i++) {
        const child = children[i]!;
        if (child.type === 'element' && child.tagName === 'table') {
          n += 1;
          children[i] = {
            type: 'element',
            tagName: 'div',
            properties: { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: `Table ${n}, scrolls sideways` },
            children: [child],
          };
        } else visit(child);
      }
    };
    visit(tree);
  };
}
