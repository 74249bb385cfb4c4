import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markdownToHtml } from 'satteri';
import { tableScroll } from './table-scroll.ts';

test('each table is wrapped once in a numbered, focusable scroll region', () => {
  const table = '| a | b |\n| --- | --- |\n| 1 | 2 |\n';
  const { html } = markdownToHtml(`${table}\nText.\n\n${table}`, { hastPlugins: [() => tableScroll()] });
  const regions = [
    ...html.matchAll(/<div class="table-scroll" tabindex="0" role="region" aria-label="([^"]*)"><table>/g),
  ];
  assert.deepEqual(
    regions.map((m) => m[1]),
    ['Table 1, scrolls sideways', 'Table 2, scrolls sideways'],
  );
  assert.equal(html.match(/<table>/g)?.length, 2);
  assert.equal(html.match(/<\/table><\/div>/g)?.length, 2);
});
