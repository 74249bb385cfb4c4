import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Root } from 'hast';
import { rehypeTableScroll } from './rehype-table-scroll.ts';

test('each table is wrapped once in a numbered, focusable scroll region', () => {
  const table = () => ({ type: 'element' as const, tagName: 'table', properties: {}, children: [] });
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'element', tagName: 'p', properties: {}, children: [] },
      table(),
      { type: 'element', tagName: 'section', properties: {}, children: [table()] },
    ],
  };
  rehypeTableScroll()(tree);
  type Node = { tagName: string; properties: Record<string, unknown>; children: Node[] };
  const [, first, section] = tree.children as unknown as Node[];
  assert.equal(first!.tagName, 'div');
  assert.deepEqual(first!.properties, {
    className: ['table-scroll'],
    tabIndex: 0,
    role: 'region',
    ariaLabel: 'Table 1, scrolls sideways',
  });
  assert.equal(first!.children[0]!.tagName, 'table');
  assert.equal(section!.children[0]!.tagName, 'div');
  assert.equal(section!.children[0]!.properties.ariaLabel, 'Table 2, scrolls sideways');
  assert.equal(section!.children[0]!.children[0]!.tagName, 'table');
});
