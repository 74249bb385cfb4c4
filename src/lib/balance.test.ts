import { test } from 'node:test';
import assert from 'node:assert/strict';
import { basedInRows, isOtherState } from './balance.ts';

test('the parties and intergovernmental bodies are not other states; a listed state is', () => {
  for (const b of ['armenia', 'azerbaijan', 'nagorno-karabakh', 'russia', 'turkey', 'international'] as const)
    assert.equal(isOtherState(b), false, b);
  assert.equal(isOtherState('united-states'), true);
  assert.equal(isOtherState('georgia'), true);
});

test('other states are summed and listed largest first, ties by name; the parties keep their order', () => {
  const rows = basedInRows([
    ['armenia', 3],
    ['russia', 1],
    ['international', 2],
    ['georgia', 2],
    ['belgium', 2],
    ['united-states', 5],
  ]);
  assert.deepEqual(rows.main, [
    ['armenia', 3],
    ['russia', 1],
    ['international', 2],
  ]);
  assert.deepEqual(rows.others, [
    ['united-states', 5],
    ['belgium', 2],
    ['georgia', 2],
  ]);
  assert.equal(rows.othersTotal, 9);
});

test('no other states: an empty list and a zero total', () => {
  assert.deepEqual(basedInRows([['azerbaijan', 1]]), { main: [['azerbaijan', 1]], others: [], othersTotal: 0 });
});
