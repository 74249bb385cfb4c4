import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rehypeTableScroll } from './rehype-table-scroll.ts';

test('each table is wrapped once in a numbered, focusable scroll region', () => {
  const table = () => ({ type: 'element', tagName: 'table', children: [] });
  const tree = { type: 'root', children: [{ type: 'element', tagName: 'p', children: [] }, table(), { type: 'element', tagName: 'section', children: [table()] }] };
  rehypeTableScroll()(tree);
  type Node = { tagName: string; properties: Record<string, unknown>; children: Node[] };
  const [, first, section] = tree.children as unknown as Node[];
  assert.equal(first!.tagName, 'div');
  assert.deepEqual(first!.properties, { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: 'Table 1, scrolls sideways' });
  assert.equal(first!.children[0]!.tagName, 'table');
  assert.equal(section!.children[0]!.tagName, 'div');
  assert.equal(section!.children[0]!.properties.ariaLabel, 'Table 2, scrolls sideways');
  assert.equal(section!.children[0]!.children[0]!.tagName, 'table');
});
