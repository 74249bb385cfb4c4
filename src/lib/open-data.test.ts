import { test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'astro/zod';
import { collections } from '../content.config.ts';
import { schemaFields } from './schema-fields.ts';
import {
  DATASETS,
  dataFields,
  DOCUMENT_FIELDS,
  documentRecord,
  EVENT_FIELDS,
  PLACE_FIELDS,
  SOURCE_FIELDS,
  TERM_FIELDS,
  citation,
  eventRecord,
  parseCsv,
  placeFeature,
  recordsFromCsv,
  recordsToCsv,
  sourceRecord,
  termRecord,
  toCsv,
  validateRecord,
} from './open-data.ts';

const site = new URL('https://example.org');

const event = (id: string, summary: string) =>
  eventRecord(id, {
    date: '2020-10-10',
    title: 'A "quoted", comma title',
    summary,
    period: 'war-2020',
    places: [{ id: 'moscow', collection: 'places' }],
    sources: [{ id: 'a-source', collection: 'sources' }, { id: 'b-source', collection: 'sources' }],
  }, site);

test('toCsv quotes only fields with quotes, commas or line breaks, and ends every row with CRLF', () => {
  assert.equal(toCsv([['a', 'b c'], ['say "hi"', 'x,y'], ['two\nlines', '']]), 'a,b c\r\n"say ""hi""","x,y"\r\n"two\nlines",\r\n');
});

test('parseCsv reads quoted quotes, commas, CRLF and LF inside fields, and either line end', () => {
  assert.deepEqual(parseCsv('a,"b ""q"", c"\r\n"1\r\n2",\n3,"x\ny"'), [['a', 'b "q", c'], ['1\r\n2', ''], ['3', 'x\ny']]);
  assert.deepEqual(parseCsv(''), []);
  assert.throws(() => parseCsv('"open'), /inside a quoted field/);
});

test('parseCsv inverts toCsv', () => {
  const rows = [['id', 'text'], ['1', ' leading space'], ['2', '"', ], ['3', ',\r\n"",\n'], ['4', '']];
  assert.deepEqual(parseCsv(toCsv(rows)), rows);
});

test('events round-trip through CSV with quotes, commas and newlines in the summary', () => {
  const records = [
    event('2020-10-10-a', 'Armenia said "no", Azerbaijan said "yes".\nA second line, with a comma.'),
    event('2020-10-10-b', 'Plain.'),
    { ...event('2020-10-10-c', 'No places.\r\nCRLF inside.'), places: [] },
  ];
  const csv = recordsToCsv(records, EVENT_FIELDS);
  assert.equal(csv.split('\r\n')[0], EVENT_FIELDS.map((f) => f.name).join(','));
  assert.deepEqual(recordsFromCsv(csv, EVENT_FIELDS), records);
});

test('recordsFromCsv refuses a CSV whose header is not the field list', () => {
  assert.throws(() => recordsFromCsv('id,title\r\n', EVENT_FIELDS), /header/);
});

test('an event record has every field of the list, its precision and its timeline URL', () => {
  const r = event('2020-10-10-a', 'S.');
  assert.deepEqual(validateRecord(r, EVENT_FIELDS), []);
  assert.equal(r.precision, 'day');
  assert.equal(r.url, 'https://example.org/timeline/#2020-10-10-a');
  assert.deepEqual(r.sources, ['a-source', 'b-source']);
});

test('source, place and term records fit their field lists, with null for missing optional fields', () => {
  const source = sourceRecord('s', {
    title: 'T', publisher: 'P', url: 'https://example.org/a', accessed: new Date('2026-11-24T00:00:00Z'),
    type: 'news', kind: 'private-media', basedIn: 'united-kingdom', language: 'en',
  });
  assert.deepEqual(validateRecord(source, SOURCE_FIELDS), []);
  assert.equal(source.published, null);
  assert.equal(source.accessed, '2026-11-24');

  const place = placeFeature('shusha', {
    name: 'Shusha', otherName: 'Shushi', armenian: { latin: 'Shushi', native: 'Շուշի' }, azerbaijani: { latin: 'Shusha', native: 'Şuşa' },
    former: [], kind: 'town', coordinates: [46.75, 39.76], summary: 'A town.', sources: [{ id: 's', collection: 'sources' }],
  }, site);
  assert.deepEqual(validateRecord(place.properties, PLACE_FIELDS), []);
  assert.deepEqual(place.geometry, { type: 'Point', coordinates: [46.75, 39.76] });
  assert.deepEqual(place.properties.names, ['Shusha', 'Shushi', 'Շուշի', 'Şuşa']);

  const nowhere = placeFeature('x', { name: 'X', former: ['Old X'], kind: 'site', summary: 'S.', sources: [{ id: 's', collection: 'sources' }] }, site);
  assert.equal(nowhere.geometry, null);
  assert.deepEqual(nowhere.properties.names, ['X', 'Old X']);

  const term = termRecord('nkao', { term: 'NKAO', short: 'S.', definition: 'D.', contested: false, sources: [{ id: 's', collection: 'sources' }] }, site);
  assert.deepEqual(validateRecord(term, TERM_FIELDS), []);
});

test('validateRecord names missing, unknown, null-but-required and ill-typed fields', () => {
  const r = { ...event('2020-10-10-a', 'S.'), date: '2020-02-30', extra: 1, title: null } as Record<string, unknown>;
  delete r.url;
  const problems = validateRecord(r, EVENT_FIELDS);
  assert.ok(problems.some((p) => p.startsWith('extra: not in the field list')));
  assert.ok(problems.some((p) => p.startsWith('url: missing')));
  assert.ok(problems.some((p) => p.startsWith('title: null')));
  assert.ok(problems.some((p) => p.startsWith('date: "2020-02-30"')));
  assert.deepEqual(validateRecord({ ...event('2020-10-10-a', 'S.'), period: 'war-2021' }, EVENT_FIELDS), ['period: "war-2021" is not one of a fixed list of values']);
});

test('every dataset has distinct field names, starting with id, and a citation with its address', () => {
  for (const d of Object.values(DATASETS)) {
    const names = d.fields.map((f) => f.name);
    assert.equal(new Set(names).size, names.length, d.file);
    assert.equal(names[0], 'id');
    assert.match(citation(d, site), new RegExp(`https://example.org/data/${d.file.replace('.', '\\.')}`));
  }
});

test('a document record nests its clauses and accounts, and validates field by field down to them', () => {
  const cite = [{ id: 'a-source', collection: 'sources' as const }];
  const record = documentRecord('a-statement', {
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
      { n: 6, title: 'A corridor', text: 'The text.', status: 'disputed', statusDate: '2023-04', statusNote: 'Disputed.', statusSources: cite, accounts: [{ party: 'armenia', who: 'A ministry', date: '2023', text: 'An account.', sources: cite }] },
      { n: 7, title: 'A summary', text: 'In other words.', verbatim: false, status: 'overtaken', statusDate: '2024', statusNote: 'Overtaken.', statusSources: cite, accounts: [] },
    ],
    lastReviewed: new Date('2026-12-06T00:00:00Z'),
  }, site);
  assert.deepEqual(validateRecord(record, DOCUMENT_FIELDS), []);
  const clauses = record.clauses as Record<string, unknown>[];
  assert.equal(clauses[0]!.url, 'https://example.org/documents/a-statement/#point-6');
  assert.deepEqual([clauses[0]!.verbatim, clauses[1]!.verbatim], [true, false]);
  const broken = { ...record, clauses: [{ ...clauses[0]!, status: 'kept', accounts: [{ party: 'nobody' }] }] };
  const problems = validateRecord(broken, DOCUMENT_FIELDS);
  assert.ok(problems.includes('clauses[0].status: "kept" is not one of a fixed list of values'), problems.join('\n'));
  assert.ok(problems.includes('clauses[0].accounts[0].party: "nobody" is not one of a fixed list of values'), problems.join('\n'));
  assert.ok(problems.includes('clauses[0].accounts[0].who: missing'), problems.join('\n'));
});

const schemaOf = (c: keyof typeof collections) => collections[c].schema as z.ZodObject;
const names = (fields: { name: string }[]) => fields.map((f) => f.name);
/** A field list back into the entries dataFields() reads: the schema's fields by name, the files' own as they are. */
const entriesOf = (schema: z.ZodObject, fields: typeof EVENT_FIELDS) => fields.map((f) => (f.name in schema.shape ? f.name : f));

test('the field lists of events, sources and terms are their schemas’ fields, in order, with the files’ own (id, url, precision) added', () => {
  for (const [collection, fields, own] of [
    ['events', EVENT_FIELDS, ['id', 'precision', 'url']],
    ['sources', SOURCE_FIELDS, ['id']],
    ['terms', TERM_FIELDS, ['id', 'url']],
  ] as const) {
    const schema = schemaFields(schemaOf(collection));
    assert.deepEqual(names(fields).filter((n) => !own.includes(n as never)), names(schema), collection);
    for (const f of schema) {
      const data = fields.find((d) => d.name === f.name)!;
      assert.ok(data.description.startsWith(f.description.replace(/\.$/, '')), `${collection}.${f.name}: the schema’s description`);
      if (f.values) assert.deepEqual(data.values, f.values, `${collection}.${f.name}: the schema’s values`);
    }
  }
});

test('the places’ and documents’ field lists account for every schema field, nested ones included', () => {
  assert.deepEqual(
    names(PLACE_FIELDS),
    ['id', 'name', 'otherName', 'armenianLatin', 'armenianNative', 'azerbaijaniLatin', 'azerbaijaniNative', 'russian', 'former', 'names', 'kind', 'summary', 'sources', 'url'],
  );
  const clauses = DOCUMENT_FIELDS.find((f) => f.name === 'clauses')!;
  assert.deepEqual(names(clauses.fields!), ['n', 'anchor', 'title', 'text', 'verbatim', 'textSources', 'status', 'statusDate', 'statusNote', 'statusSources', 'accounts', 'url']);
  assert.equal(clauses.fields!.find((f) => f.name === 'verbatim')!.optional, undefined, 'a clause’s verbatim is always written: the document’s when the clause has none');
  assert.equal(PLACE_FIELDS.find((f) => f.name === 'armenianLatin')!.optional, true, 'a field of an optional record is null when the record is absent');
});

test('a field added to a schema and not to the open data fails the field list, and so does one the open data names that the schema lacks', () => {
  const events = schemaOf('events');
  assert.deepEqual(names(dataFields(events, entriesOf(events, EVENT_FIELDS))), names(EVENT_FIELDS));
  const grown = events.extend({ casualties: z.number().describe('Reported deaths.') });
  assert.throws(() => dataFields(grown, entriesOf(events, EVENT_FIELDS)), /"casualties" is in the schema but neither written to the file nor listed as left out/);
  assert.deepEqual(names(dataFields(grown, entriesOf(events, EVENT_FIELDS), { casualties: 'not published' })), names(EVENT_FIELDS));
  const shrunk = events.omit({ time: true });
  assert.throws(() => dataFields(shrunk, entriesOf(events, EVENT_FIELDS)), /"time" is not a field of the schema/);
  assert.throws(() => dataFields(events, entriesOf(events, EVENT_FIELDS), { casualties: 'x' }), /"casualties" is listed as left out but is not a field of the schema/);
  assert.throws(() => dataFields(events, [...entriesOf(events, EVENT_FIELDS), { name: 'title', type: 'string', description: 'Again.' }]), /"title" is a field of the schema/);
});

test('a record written field by field must account for each of its fields', () => {
  const doc = schemaOf('documents');
  const entries = entriesOf(doc, DOCUMENT_FIELDS).map((e) =>
    typeof e === 'object' && e.name === 'textLanguage' ? { from: 'text.language', name: 'textLanguage' } : typeof e === 'object' && e.name === 'textPublishedBy' ? { from: 'text.publishedBy', name: 'textPublishedBy' } : typeof e === 'object' && e.name === 'textSources' ? { from: 'text.sources', name: 'textSources' } : e === 'clauses' ? { from: 'clauses', fields: DOCUMENT_FIELDS.find((f) => f.name === 'clauses')!.fields! } : e,
  );
  assert.throws(() => dataFields(doc, entries), /"text.verbatim" is in the schema/);
  assert.deepEqual(names(dataFields(doc, entries, { 'text.verbatim': 'in each clause' })), names(DOCUMENT_FIELDS));
});
