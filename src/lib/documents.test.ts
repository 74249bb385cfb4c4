import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ContentProblem } from './content-error.ts';
import { clauseAnchor, clauseHref, clauseName, numberDocumentCitations, resolveClause } from './documents.ts';

test('a clause anchor and address join the label and the number', () => {
  assert.equal(clauseAnchor('point', 6), 'point-6');
  assert.equal(clauseHref('unsc-822', 'paragraph', '3'), '/documents/unsc-822/#paragraph-3');
  assert.equal(clauseName('article', 2), 'Article 2');
});

test('a document page numbers its sources in reading order, one number per source', () => {
  const s = (id: string) => ({ id });
  const out = numberDocumentCitations({
    contextSources: [s('a')],
    text: { sources: [s('b')] },
    clauses: [
      { statusSources: [s('c'), s('a')], accounts: [{ sources: [s('b')] }] },
      { statusSources: [s('c')], accounts: [] },
    ],
  });
  assert.deepEqual(
    out.context.map((c) => c.n),
    [1],
  );
  assert.deepEqual(
    out.text.map((c) => c.n),
    [2],
  );
  assert.deepEqual(
    out.clauses[0]!.text.map((c) => [c.n, c.k]),
    [[2, 2]],
  );
  assert.deepEqual(
    out.clauses[0]!.status.map((c) => [c.n, c.k]),
    [
      [3, 1],
      [1, 2],
    ],
  );
  assert.deepEqual(
    out.clauses[0]!.accounts[0]!.map((c) => [c.n, c.k]),
    [[2, 3]],
  );
  assert.deepEqual(
    out.clauses[1]!.text.map((c) => [c.n, c.k]),
    [[2, 4]],
  );
  assert.deepEqual(
    out.clauses[1]!.status.map((c) => [c.n, c.k]),
    [[3, 2]],
  );
  assert.deepEqual(out.references, [
    { id: 'a', count: 2 },
    { id: 'b', count: 4 },
    { id: 'c', count: 2 },
  ]);
});

test('<Clause> resolves to the clause address, or says what is wrong', () => {
  const docs = new Map([['moscow-statement-2020', { label: 'point', numbers: new Set(['1', '2', '3', '4']) }]]);
  assert.deepEqual(resolveClause(docs, { doc: 'moscow-statement-2020', point: '3' }), {
    doc: 'moscow-statement-2020',
    anchor: 'point-3',
    href: '/documents/moscow-statement-2020/#point-3',
  });
  assert.throws(() => resolveClause(docs, { doc: 'no-such-doc', point: '1' }), /unknown document "no-such-doc"/);
  assert.throws(
    () => resolveClause(docs, { doc: 'moscow-statement-2020', point: '5' }),
    /unknown point "5" of document "moscow-statement-2020"/,
  );
  assert.throws(
    () => resolveClause(docs, { doc: 'moscow-statement-2020', paragraph: '1' }),
    /names its clauses by "point"/,
  );
  assert.throws(() => resolveClause(docs, { doc: 'moscow-statement-2020' }), /needs a doc and one clause number/);
  // A content fault without its place: editorial.ts adds the file and line.
  assert.throws(() => resolveClause(docs, { doc: 'no-such-doc', point: '1' }), ContentProblem);
});
