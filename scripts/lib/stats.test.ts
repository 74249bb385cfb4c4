import { test } from 'node:test';
import assert from 'node:assert/strict';
import { change, median } from './stats.ts';

test('median of odd and even counts, unsorted input', () => {
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.throws(() => median([]), /median of nothing/);
});

test('change gives a signed percentage', () => {
  assert.equal(change(100, 112), '+12%');
  assert.equal(change(100, 95), '−5%');
  assert.equal(change(100, 100.2), '±0%');
  assert.equal(change(0, 5), 'new');
});
