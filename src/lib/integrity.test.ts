import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brokenReferences, referencesIn } from './integrity.ts';

test('referencesIn finds nested references with their field paths', () => {
  const data = { places: [{ collection: 'places', id: 'shusha' }], when: new Date(0), x: { y: { collection: 'sources', id: 's' } } };
  assert.deepEqual(referencesIn(data), [
    { field: 'places[0]', ref: { collection: 'places', id: 'shusha' } },
    { field: 'x.y', ref: { collection: 'sources', id: 's' } },
  ]);
});

test('brokenReferences names the file, the field and the unknown id', () => {
  const problems = brokenReferences({
    sources: [{ id: 'known', data: {} }],
    events: [
      {
        id: '2020-10-10-x',
        filePath: 'content/events/2020-10-10-x.yaml',
        data: { sources: [{ collection: 'sources', id: 'known' }, { collection: 'sources', id: 'nowhere' }] },
      },
    ],
  });
  assert.deepEqual(problems, [
    'content/events/2020-10-10-x.yaml: field "sources[1]": unknown sources id "nowhere" (no file content/sources/nowhere.yaml)',
  ]);
});
