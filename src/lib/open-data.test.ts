import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DATASETS,
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
    places: [{ id: 'moscow' }],
    sources: [{ id: 'a-source' }, { id: 'b-source' }],
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
    former: [], kind: 'town', coordinates: [46.75, 39.76], summary: 'A town.', sources: [{ id: 's' }],
  }, site);
  assert.deepEqual(validateRecord(place.properties, PLACE_FIELDS), []);
  assert.deepEqual(place.geometry, { type: 'Point', coordinates: [46.75, 39.76] });
  assert.deepEqual(place.properties.names, ['Shusha', 'Shushi', 'Շուշի', 'Şuşa']);

  const nowhere = placeFeature('x', { name: 'X', former: ['Old X'], kind: 'site', summary: 'S.', sources: [{ id: 's' }] }, site);
  assert.equal(nowhere.geometry, null);
  assert.deepEqual(nowhere.properties.names, ['X', 'Old X']);

  const term = termRecord('nkao', { term: 'NKAO', short: 'S.', definition: 'D.', contested: false, sources: [{ id: 's' }] }, site);
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
