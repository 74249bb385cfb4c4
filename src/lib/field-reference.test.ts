import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { collections } from '../content.config.ts';
import { COLLECTION_FILES, fieldReference, requiredText, rows, typeText } from './field-reference.ts';
import { schemaField } from './schema-fields.ts';

const schemas = Object.fromEntries(
  Object.entries(collections).map(([name, c]) => [name, c.schema as z.ZodType]),
) as Parameters<typeof fieldReference>[0];

test('FIELDS.md is what the content model gives: run `npm run fields` after changing a schema', () => {
  assert.equal(readFileSync(new URL('../../FIELDS.md', import.meta.url), 'utf8'), fieldReference(schemas));
});

test('the reference has a section for every collection of the content model', () => {
  assert.deepEqual(Object.keys(COLLECTION_FILES).sort(), Object.keys(collections).sort());
});

test('a row gives the name, whether it is required (and its default), the type with its values, and the description', () => {
  const period = schemaField('period', z.enum(['a', 'b']).default('a').describe('Which | one.'));
  assert.equal(requiredText(period), 'no (default: `"a"`)');
  assert.equal(typeText(period), 'one of a fixed list of values: `a`, `b`');
  assert.deepEqual(rows([period]), [
    '| `period` | no (default: `"a"`) | one of a fixed list of values: `a`, `b` | Which \\| one. |',
  ]);
});

test('nested fields follow their parent: a record’s as parent.field, a list’s items as parent[].field', () => {
  const schema = z.object({
    text: z.object({ language: z.string().describe('L.') }).describe('T.'),
    clauses: z
      .array(z.object({ n: z.number().int().describe('N.') }))
      .min(1)
      .describe('C.'),
  });
  const names = rows(Object.entries(schema.shape).map(([k, s]) => schemaField(k, s))).map((r) => r.split(' | ')[0]);
  assert.deepEqual(names, ['| `text`', '| `text.language`', '| `clauses`', '| `clauses[].n`']);
});
