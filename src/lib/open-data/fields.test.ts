import { test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'astro/zod';
import { collections } from '../../content.config.ts';
import { schemaFields } from '../schema-fields.ts';
import { dataFields, DOCUMENT_FIELDS, EVENT_FIELDS, PLACE_FIELDS, SOURCE_FIELDS, TERM_FIELDS } from './fields.ts';

const schemaOf = (c: keyof typeof collections) => collections[c].schema as z.ZodObject;
const names = (fields: { name: string }[]) => fields.map((f) => f.name);
/** A field list back into the entries dataFields() reads: the schema's fields by name, the files' own as they are. */
const entriesOf = (schema: z.ZodObject, fields: typeof EVENT_FIELDS) =>
  fields.map((f) => (f.name in schema.shape ? f.name : f));

test('the field lists of events, sources and terms are their schemas’ fields, in order, with the files’ own (id, url, precision) added', () => {
  for (const [collection, fields, own] of [
    ['events', EVENT_FIELDS, ['id', 'precision', 'url']],
    ['sources', SOURCE_FIELDS, ['id']],
    ['terms', TERM_FIELDS, ['id', 'url']],
  ] as const) {
    const schema = schemaFields(schemaOf(collection));
    assert.deepEqual(
      names(fields).filter((n) => !own.includes(n as never)),
      names(schema),
      collection,
    );
    for (const f of schema) {
      const data = fields.find((d) => d.name === f.name)!;
      assert.ok(
        data.description.startsWith(f.description.replace(/\.$/, '')),
        `${collection}.${f.name}: the schema’s description`,
      );
      if (f.values) assert.deepEqual(data.values, f.values, `${collection}.${f.name}: the schema’s values`);
    }
  }
});

test('the places’ and documents’ field lists account for every schema field, nested ones included', () => {
  assert.deepEqual(names(PLACE_FIELDS), [
    'id',
    'name',
    'otherName',
    'armenianLatin',
    'armenianNative',
    'azerbaijaniLatin',
    'azerbaijaniNative',
    'russian',
    'former',
    'names',
    'kind',
    'summary',
    'sources',
    'url',
  ]);
  const clauses = DOCUMENT_FIELDS.find((f) => f.name === 'clauses')!;
  assert.deepEqual(names(clauses.fields!), [
    'n',
    'anchor',
    'title',
    'text',
    'verbatim',
    'textSources',
    'status',
    'statusDate',
    'statusNote',
    'statusSources',
    'accounts',
    'url',
  ]);
  assert.equal(
    clauses.fields!.find((f) => f.name === 'verbatim')!.optional,
    undefined,
    'a clause’s verbatim is always written: the document’s when the clause has none',
  );
  assert.equal(
    PLACE_FIELDS.find((f) => f.name === 'armenianLatin')!.optional,
    true,
    'a field of an optional record is null when the record is absent',
  );
});

test('a field added to a schema and not to the open data fails the field list, and so does one the open data names that the schema lacks', () => {
  const events = schemaOf('events');
  assert.deepEqual(names(dataFields(events, entriesOf(events, EVENT_FIELDS))), names(EVENT_FIELDS));
  const grown = events.extend({ casualties: z.number().describe('Reported deaths.') });
  assert.throws(
    () => dataFields(grown, entriesOf(events, EVENT_FIELDS)),
    /"casualties" is in the schema but neither written to the file nor listed as left out/,
  );
  assert.deepEqual(
    names(dataFields(grown, entriesOf(events, EVENT_FIELDS), { casualties: 'not published' })),
    names(EVENT_FIELDS),
  );
  const shrunk = events.omit({ time: true });
  assert.throws(() => dataFields(shrunk, entriesOf(events, EVENT_FIELDS)), /"time" is not a field of the schema/);
  assert.throws(
    () => dataFields(events, entriesOf(events, EVENT_FIELDS), { casualties: 'x' }),
    /"casualties" is listed as left out but is not a field of the schema/,
  );
  assert.throws(
    () =>
      dataFields(events, [
        ...entriesOf(events, EVENT_FIELDS),
        { name: 'title', type: 'string', description: 'Again.' },
      ]),
    /"title" is a field of the schema/,
  );
});

test('a record written field by field must account for each of its fields', () => {
  const doc = schemaOf('documents');
  const entries = entriesOf(doc, DOCUMENT_FIELDS).map((e) =>
    typeof e === 'object' && e.name === 'textLanguage'
      ? { from: 'text.language', name: 'textLanguage' }
      : typeof e === 'object' && e.name === 'textPublishedBy'
        ? { from: 'text.publishedBy', name: 'textPublishedBy' }
        : typeof e === 'object' && e.name === 'textSources'
          ? { from: 'text.sources', name: 'textSources' }
          : e === 'clauses'
            ? { from: 'clauses', fields: DOCUMENT_FIELDS.find((f) => f.name === 'clauses')!.fields! }
            : e,
  );
  assert.throws(() => dataFields(doc, entries), /"text.verbatim" is in the schema/);
  assert.deepEqual(names(dataFields(doc, entries, { 'text.verbatim': 'in each clause' })), names(DOCUMENT_FIELDS));
});
