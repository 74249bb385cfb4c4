import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countBy } from './count.ts';

test('countBy counts in the order of the keys and leaves out empty keys', () => {
  const items = [{ k: 'b' }, { k: 'a' }, { k: 'b' }] as const;
  assert.deepEqual(
    countBy([...items], (i) => i.k, ['a', 'b', 'c'] as const),
    [
      ['a', 1],
      ['b', 2],
    ],
  );
});
