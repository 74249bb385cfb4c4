import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brokenReferences, referencesIn } from './integrity.ts';

test('referencesIn finds nested references with their field paths', () => {
  const data = {
    places: [{ collection: 'places', id: 'shusha' }],
    when: new Date(0),
    x: { y: { collection: 'sources', id: 's' } },
  };
  assert.deepEqual(referencesIn(data), [
    { path: ['places', 0], ref: { collection: 'places', id: 'shusha' } },
    { path: ['x', 'y'], ref: { collection: 'sources', id: 's' } },
  ]);
});

test('brokenReferences names the file, the line, the field, the unknown id and the nearest known one', () => {
  const problems = brokenReferences(
    {
      sources: [
        { id: 'known', data: {} },
        { id: 'nowhen', data: {} },
      ],
      events: [
        {
          id: '2020-10-10-x',
          filePath: 'content/events/2020-10-10-x.yaml',
          data: {
            sources: [
              { collection: 'sources', id: 'known' },
              { collection: 'sources', id: 'nowhere' },
            ],
          },
        },
      ],
    },
    () => 'date: "2020-10-10"\nsources: [known, nowhere]\n',
  );
  assert.deepEqual(problems, [
    {
      file: 'content/events/2020-10-10-x.yaml',
      line: 2,
      message:
        'field "sources[1]": unknown source id "nowhere" (no file content/sources/nowhere.yaml); did you mean "nowhen"?',
    },
  ]);
});
