import { test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'astro/zod';
import { fieldAt, schemaAt, schemaField, schemaFields, typed, undescribed } from './schema-fields.ts';
import { collections } from '../content.config.ts';

const date = typed(
  z.string().refine((s) => /^\d{4}$/.test(s)),
  'partial-date',
);

test('a field reads its type, optionality, default, values and description through its wrappers', () => {
  assert.deepEqual(schemaField('n', z.number().int().positive().describe('A number.')), {
    name: 'n',
    type: 'integer',
    optional: false,
    description: 'A number.',
  });
  assert.deepEqual(schemaField('x', z.number().describe('A float.')).type, 'number');
  assert.deepEqual(schemaField('flag', z.boolean().default(false).describe('A flag.')), {
    name: 'flag',
    type: 'boolean',
    optional: true,
    default: false,
    description: 'A flag.',
  });
  assert.deepEqual(schemaField('e', z.enum(['a', 'b']).optional().describe('E.')), {
    name: 'e',
    type: 'enum',
    optional: true,
    values: ['a', 'b'],
    description: 'E.',
  });
  assert.equal(schemaField('u', z.url().describe('U.')).type, 'url');
  assert.equal(schemaField('s', z.string().min(1).describe('S.')).type, 'string');
});

test('typed() names the type zod cannot tell, and survives refine, describe, optional and transform', () => {
  const f = schemaField(
    'd',
    date
      .refine((s) => s > '1900')
      .optional()
      .describe('When.'),
  );
  assert.deepEqual(f, { name: 'd', type: 'partial-date', optional: true, description: 'When.' });
  const day = typed(
    z.string().transform((s) => new Date(s)),
    'date',
  );
  assert.equal(schemaField('day', day.describe('A day.')).type, 'date');
  const refs = typed(z.array(z.string().transform((id) => ({ id }))), 'ids', 'sources');
  assert.deepEqual(schemaField('sources', refs.min(1).describe('Ids.')), {
    name: 'sources',
    type: 'ids',
    optional: false,
    collection: 'sources',
    description: 'Ids.',
  });
});

test('lists and records: enums, strings, records with their own fields; an untyped transform or tuple is refused', () => {
  assert.deepEqual(schemaField('p', z.array(z.enum(['x', 'y'])).describe('P.')).values, ['x', 'y']);
  assert.equal(schemaField('p', z.array(z.string()).describe('P.')).type, 'strings');
  const roles = schemaField(
    'roles',
    z.array(z.object({ title: z.string().describe('T.'), from: date.optional().describe('F.') })).describe('R.'),
  );
  assert.equal(roles.type, 'records');
  assert.deepEqual(
    roles.fields!.map((f) => [f.name, f.type, f.optional]),
    [
      ['title', 'string', false],
      ['from', 'partial-date', true],
    ],
  );
  assert.equal(schemaField('r', z.object({ a: z.string().describe('A.') }).describe('R.')).type, 'record');
  assert.throws(() => schemaField('t', z.tuple([z.number(), z.number()])), /tag it with typed\(\)/);
  assert.throws(() => schemaField('l', z.array(z.number())), /list of number: tag it with typed\(\)/);
});

test('names: a list of texts or records gives the record variant’s fields', () => {
  const former = typed(
    z.array(z.union([z.string(), z.object({ name: z.string().describe('N.'), to: date.optional().describe('T.') })])),
    'names',
  );
  const f = schemaField('former', former.default([]).describe('Former.'));
  assert.equal(f.type, 'names');
  assert.deepEqual(f.default, []);
  assert.deepEqual(
    f.fields!.map((g) => g.name),
    ['name', 'to'],
  );
});

test('schemaAt and fieldAt find nested records and the items of lists; undescribed names every gap', () => {
  const doc = z
    .object({
      text: z.object({ language: z.string().describe('L.') }).describe('T.'),
      clauses: z
        .array(
          z.object({
            n: z.number().int(),
            accounts: z.array(z.object({ who: z.string().describe('W.') })).default([]),
          }),
        )
        .describe('C.'),
    })
    .superRefine(() => {});
  assert.equal(fieldAt(doc, 'text.language')!.description, 'L.');
  assert.equal(fieldAt(doc, 'text.nothing'), undefined);
  assert.deepEqual(
    schemaFields(schemaAt(doc, 'clauses.accounts')).map((f) => f.name),
    ['who'],
  );
  assert.throws(() => schemaAt(doc, 'clauses.nothing'), /no field "nothing"/);
  assert.deepEqual(undescribed(schemaFields(doc)), ['clauses.n', 'clauses.accounts']);
});

test('the content model describes every field of every collection', () => {
  for (const [name, c] of Object.entries(collections))
    assert.deepEqual(undescribed(schemaFields(c.schema as z.ZodType)), [], name);
});
