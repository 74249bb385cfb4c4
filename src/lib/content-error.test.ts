import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentError, fieldName, lineOf, nearest, schemaFault, syntaxFault, unknownIdFault } from './content-error.ts';

const yaml = 'title: "A"\npublished: 2020-02-30\nroles:\n  - title: x\n    from: "20x"\nsources: [a, b]\n';

test('nearest suggests the closest id, and nothing for a far one', () => {
  const ids = ['undocs-unsc-res-822', 'undocs-unsc-res-883', 'undocs-unsc-res-884', 'undocs-unsc-res-853'];
  assert.equal(nearest('undocs-unsc-res-885', ids), 'undocs-unsc-res-884');
  assert.equal(nearest('atlantis', ['fixture-town', 'shusha']), undefined);
});

test('lineOf finds top-level and nested fields, and no line for a missing one', () => {
  assert.equal(lineOf(yaml, ['published']), 2);
  assert.equal(lineOf(yaml, ['roles', 0, 'from']), 5);
  assert.equal(lineOf(yaml, ['sources', 1]), 6);
  assert.equal(lineOf(yaml, ['publisher']), undefined);
  assert.equal(fieldName(['roles', 0, 'from']), 'roles[0].from');
});

test('schemaFault says missing, or echoes the bad value as written', () => {
  assert.deepEqual(
    schemaFault('/x/a.yaml', yaml, {
      path: ['publisher'],
      code: 'invalid_type',
      message: 'expected string',
      input: undefined,
    }),
    {
      file: '/x/a.yaml',
      line: undefined,
      message: 'field "publisher" is missing',
    },
  );
  assert.equal(
    schemaFault('/x/a.yaml', yaml, {
      path: ['published'],
      code: 'invalid_type',
      message: 'expected a date in quotes',
      input: new Date('2020-03-01'),
    }).message,
    'field "published": expected a date in quotes; got 2020-02-30 (unquoted, so YAML read it as 2020-03-01)',
  );
  assert.equal(
    schemaFault('/x/a.yaml', yaml, { path: ['roles', 0, 'from'], message: 'expected a real date', input: '20x' })
      .message,
    'field "roles[0].from": expected a real date; got "20x"',
  );
  assert.equal(
    schemaFault('/x/a.yaml', yaml, {
      path: ['usedBy'],
      code: 'custom',
      message: 'say who uses it',
      input: { term: 'x' },
    }).message,
    'field "usedBy": say who uses it',
  );
});

test('contentError puts each file and line first, with a hint and no stack', () => {
  const error = contentError(
    [
      { file: '/x/a.yaml', line: 6, message: 'one' },
      unknownIdFault({ file: '/x/b.yaml' }, 'field "places[0]"', 'places', 'shusa', ['shusha']),
    ],
    'a hint',
  );
  assert.equal(
    error.message,
    '/x/a.yaml:6: one\n/x/b.yaml: field "places[0]": unknown place id "shusa" (no file content/places/shusa.yaml); did you mean "shusha"?',
  );
  assert.equal(error.hint, 'a hint');
  assert.equal(error.stack, '');
});

test("syntaxFault takes the line from the start of the parser's message, and drops its spans and rule", () => {
  assert.deepEqual(syntaxFault('23:1: Expected a closing tag for `<KeyFacts>` (23:1) (mdx-jsx:unexpected-character)'), {
    message: 'MDX syntax: Expected a closing tag for `<KeyFacts>`',
    line: 23,
  });
  assert.deepEqual(
    syntaxFault(
      '1:3: Expected a closing tag for `<b>` (1:3) before the end of `paragraph` (mdx-jsx:unexpected-character)',
    ),
    { message: 'MDX syntax: Expected a closing tag for `<b>` before the end of `paragraph`', line: 1 },
  );
  assert.deepEqual(syntaxFault('Unexpected character'), { message: 'MDX syntax: Unexpected character' });
});
