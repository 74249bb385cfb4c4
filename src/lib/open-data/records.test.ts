import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DOCUMENT_FIELDS, EVENT_FIELDS, PLACE_FIELDS, SOURCE_FIELDS, TERM_FIELDS } from './fields.ts';
import { documentRecord, eventRecord, placeFeature, sourceRecord, termRecord } from './records.ts';
import { validateRecord } from './validate.ts';

const site = new URL('https://example.org');

const event = (id: string, summary: string) =>
  eventRecord(
    id,
    {
      date: '2020-10-10',
      title: 'A "quoted", comma title',
      summary,
      period: 'war-2020',
      places: [{ id: 'moscow', collection: 'places' }],
      sources: [
        { id: 'a-source', collection: 'sources' },
        { id: 'b-source', collection: 'sources' },
      ],
    },
    site,
  );

test('an event record has every field of the list, its precision and its timeline URL', () => {
  const r = event('2020-10-10-a', 'S.');
  assert.deepEqual(validateRecord(r, EVENT_FIELDS), []);
  assert.equal(r.precision, 'day');
  assert.equal(r.url, 'https://example.org/timeline/#2020-10-10-a');
  assert.deepEqual(r.sources, ['a-source', 'b-source']);
});

test('source, place and term records fit their field lists, with null for missing optional fields', () => {
  const source = sourceRecord('s', {
    title: 'T',
    publisher: 'P',
    url: 'https://example.org/a',
    accessed: new Date('2026-11-24T00:00:00Z'),
    type: 'news',
    kind: 'private-media',
    basedIn: 'united-kingdom',
    language: 'en',
  });
  assert.deepEqual(validateRecord(source, SOURCE_FIELDS), []);
  assert.equal(source.published, null);
  assert.equal(source.accessed, '2026-11-24');

  const place = placeFeature(
    'shusha',
    {
      name: 'Shusha',
      otherName: 'Shushi',
      armenian: { latin: 'Shushi', native: 'Շուշի' },
      azerbaijani: { latin: 'Shusha', native: 'Şuşa' },
      former: [],
      kind: 'town',
      coordinates: [46.75, 39.76],
      summary: 'A town.',
      sources: [{ id: 's', collection: 'sources' }],
    },
    site,
  );
  assert.deepEqual(validateRecord(place.properties, PLACE_FIELDS), []);
  assert.deepEqual(place.geometry, { type: 'Point', coordinates: [46.75, 39.76] });
  assert.deepEqual(place.properties.names, ['Shusha', 'Shushi', 'Շուշի', 'Şuşa']);

  const nowhere = placeFeature(
    'x',
    { name: 'X', former: ['Old X'], kind: 'site', summary: 'S.', sources: [{ id: 's', collection: 'sources' }] },
    site,
  );
  assert.equal(nowhere.geometry, null);
  assert.deepEqual(nowhere.properties.names, ['X', 'Old X']);

  const term = termRecord(
    'nkao',
    { term: 'NKAO', short: 'S.', definition: 'D.', contested: false, sources: [{ id: 's', collection: 'sources' }] },
    site,
  );
  assert.deepEqual(validateRecord(term, TERM_FIELDS), []);
});

test('a document record nests its clauses and accounts, and validates field by field down to them', () => {
  const cite = [{ id: 'a-source', collection: 'sources' as const }];
  const record = documentRecord(
    'a-statement',
    {
      title: 'Statement',
      shortTitle: 'A statement',
      date: '2020-11-09',
      kind: 'statement',
      parties: ['armenia', 'azerbaijan'],
      signatories: ['A. Person'],
      summary: 'What it did.',
      context: 'How it came about.',
      contextSources: cite,
      text: { verbatim: true, language: 'English', publishedBy: 'A ministry', sources: cite },
      clauseLabel: 'point',
      clauses: [
        {
          n: 6,
          title: 'A corridor',
          text: 'The text.',
          status: 'disputed',
          statusDate: '2023-04',
          statusNote: 'Disputed.',
          statusSources: cite,
          accounts: [{ party: 'armenia', who: 'A ministry', date: '2023', text: 'An account.', sources: cite }],
        },
        {
          n: 7,
          title: 'A summary',
          text: 'In other words.',
          verbatim: false,
          status: 'overtaken',
          statusDate: '2024',
          statusNote: 'Overtaken.',
          statusSources: cite,
          accounts: [],
        },
      ],
      lastReviewed: new Date('2026-12-06T00:00:00Z'),
    },
    site,
  );
  assert.deepEqual(validateRecord(record, DOCUMENT_FIELDS), []);
  const clauses = record.clauses as Record<string, unknown>[];
  assert.equal(clauses[0]!.url, 'https://example.org/documents/a-statement/#point-6');
  assert.deepEqual([clauses[0]!.verbatim, clauses[1]!.verbatim], [true, false]);
  const broken = { ...record, clauses: [{ ...clauses[0]!, status: 'kept', accounts: [{ party: 'nobody' }] }] };
  const problems = validateRecord(broken, DOCUMENT_FIELDS);
  assert.ok(problems.includes('clauses[0].status: "kept" is not one of a fixed list of values'), problems.join('\n'));
  assert.ok(
    problems.includes('clauses[0].accounts[0].party: "nobody" is not one of a fixed list of values'),
    problems.join('\n'),
  );
  assert.ok(problems.includes('clauses[0].accounts[0].who: missing'), problems.join('\n'));
});
