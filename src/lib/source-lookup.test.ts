import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sourcesById } from './source-lookup.ts';

test('sourcesById returns the entries in the order asked', () => {
  const all = [{ id: 'a' }, { id: 'b' }];
  assert.deepEqual(sourcesById(all, ['b', 'a'], 'x', 'y'), [{ id: 'b' }, { id: 'a' }]);
});

test('a missing id is a content error: the file first, what cited it, the id, the nearest id there is, and a hint', () => {
  const all = [{ id: 'hrw-20201211-cluster' }, { id: 'bbc-20201010-moscow' }];
  assert.throws(
    () => sourcesById(all, ['hrw-20201211-clusters'], 'src/data/charts.ts', '<DeathsChart>'),
    (e: Error & { hint?: string }) => {
      assert.equal(e.name, 'ContentError');
      assert.equal(
        e.message,
        'src/data/charts.ts: <DeathsChart>: unknown source id "hrw-20201211-clusters" (no file content/sources/hrw-20201211-clusters.yaml); did you mean "hrw-20201211-cluster"?',
      );
      assert.match(e.hint ?? '', /An id is the name of a file in content\//);
      return true;
    },
  );
});
