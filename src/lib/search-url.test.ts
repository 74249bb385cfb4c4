import { test } from 'node:test';
import assert from 'node:assert/strict';
import { queryFromSearch, withHighlight } from './search-url.ts';

test('withHighlight puts the words before the fragment', () => {
  assert.equal(withHighlight('/places/#shusha', 'Şuşa'), '/places/?highlight=%C5%9Eu%C5%9Fa#shusha');
  assert.equal(withHighlight('/about/', 'promptly'), '/about/?highlight=promptly');
});

test('withHighlight keeps an existing query and escapes hostile input', () => {
  assert.equal(withHighlight('/a/?x=1', '"><script>'), '/a/?x=1&highlight=%22%3E%3Cscript%3E');
});

test('withHighlight leaves the address alone for an empty search', () => {
  assert.equal(withHighlight('/a/#b', '  '), '/a/#b');
});

test('withHighlight gives each word of a multi-word query its own parameter, once', () => {
  assert.equal(withHighlight('/explainers/aftermath/#x', 'Shusha  Lachin Shusha'), '/explainers/aftermath/?highlight=Shusha&highlight=Lachin#x');
});

test('queryFromSearch reads ?q=, trimmed and capped', () => {
  assert.equal(queryFromSearch('?q=%20Shusha%20', 200), 'Shusha');
  assert.equal(queryFromSearch(`?q=${'a'.repeat(300)}`, 200).length, 200);
  assert.equal(queryFromSearch('?x=1', 200), '');
});
