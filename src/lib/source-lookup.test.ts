import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sourcesById } from './source-lookup.ts';

test('sourcesById returns the entries in the order asked, and names the place and id of a missing one', () => {
  const all = [{ id: 'a' }, { id: 'b' }];
  assert.deepEqual(sourcesById(all, ['b', 'a'], 'x'), [{ id: 'b' }, { id: 'a' }]);
  assert.throws(() => sourcesById(all, ['c'], 'src/data/charts.ts (deaths)'), /src\/data\/charts\.ts \(deaths\): source "c" is not in content\/sources\//);
});
