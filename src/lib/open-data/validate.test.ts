import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EVENT_FIELDS } from './fields.ts';
import { eventRecord } from './records.ts';
import { validateRecord } from './validate.ts';

const site = new URL('https://example.org');
const event = (id: string) =>
  eventRecord(
    id,
    {
      date: '2020-10-10',
      title: 'T',
      summary: 'S.',
      period: 'war-2020',
      places: [],
      sources: [{ id: 'a-source', collection: 'sources' }],
    },
    site,
  );

test('validateRecord names missing, unknown, null-but-required and ill-typed fields', () => {
  const r = { ...event('2020-10-10-a'), date: '2020-02-30', extra: 1, title: null } as Record<string, unknown>;
  delete r.url;
  const problems = validateRecord(r, EVENT_FIELDS);
  assert.ok(problems.some((p) => p.startsWith('extra: not in the field list')));
  assert.ok(problems.some((p) => p.startsWith('url: missing')));
  assert.ok(problems.some((p) => p.startsWith('title: null')));
  assert.ok(problems.some((p) => p.startsWith('date: "2020-02-30"')));
  assert.deepEqual(validateRecord({ ...event('2020-10-10-a'), period: 'war-2021' }, EVENT_FIELDS), [
    'period: "war-2021" is not one of a fixed list of values',
  ]);
});
