import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { recordsFromCsv } from '../../../tests/lib/open-data-csv.ts';
import { recordsToCsv, toCsv } from './csv.ts';
import { EVENT_FIELDS } from './fields.ts';
import type { DataRecord } from './records.ts';
import { validateRecord } from './validate.ts';

/** An event record as the files hold it, written out by hand: the CSV code needs no entry. */
const event = (id: string, summary: string, places = ['moscow']): DataRecord => ({
  id,
  date: '2020-10-10',
  precision: 'day',
  time: null,
  title: 'A "quoted", comma title',
  summary,
  period: 'war-2020',
  places,
  sources: ['a-source', 'b-source'],
  url: `https://example.org/timeline/#${id}`,
});

test('toCsv quotes only fields with quotes, commas or line breaks, and ends every row with CRLF', () => {
  assert.equal(
    toCsv([
      ['a', 'b c'],
      ['say "hi"', 'x,y'],
      ['two\nlines', ''],
    ]),
    'a,b c\r\n"say ""hi""","x,y"\r\n"two\nlines",\r\n',
  );
});

test('csv-parse, an independent parser, reads back what toCsv writes: quotes, commas, CR, LF and CRLF inside fields', () => {
  const rows = [
    ['id', 'text'],
    ['1', ' leading space'],
    ['2', '"'],
    ['3', ',\r\n"",\n'],
    ['4', ''],
    ['5', 'x\ry'],
  ];
  assert.deepEqual(parse(toCsv(rows)), rows);
});

test('events round-trip through CSV with quotes, commas and newlines in the summary', () => {
  const records = [
    event('2020-10-10-a', 'Armenia said "no", Azerbaijan said "yes".\nA second line, with a comma.'),
    event('2020-10-10-b', 'Plain.'),
    event('2020-10-10-c', 'No places.\r\nCRLF inside.', []),
  ];
  for (const r of records)
    assert.deepEqual(validateRecord(r, EVENT_FIELDS), [], 'the hand-made records fit the field list');
  const csv = recordsToCsv(records, EVENT_FIELDS);
  assert.equal(csv.split('\r\n')[0], EVENT_FIELDS.map((f) => f.name).join(','));
  assert.deepEqual(recordsFromCsv(csv, EVENT_FIELDS), records);
});

test('recordsFromCsv refuses a CSV whose header is not the field list', () => {
  assert.throws(() => recordsFromCsv('id,title\r\n', EVENT_FIELDS), /header/);
});
