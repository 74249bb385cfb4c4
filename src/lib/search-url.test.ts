import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withHighlight } from './search-url.ts';

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
