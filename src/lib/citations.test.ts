import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CitationNumbering, citeAnchor, refAnchor, splitCitations } from './citations.ts';

test('splitCitations separates text from citation groups', () => {
  assert.deepEqual(splitCitations('A fact.[@reuters-20201010-talks] More.'), [
    { text: 'A fact.' },
    { cites: [{ id: 'reuters-20201010-talks' }] },
    { text: ' More.' },
  ]);
});

test('splitCitations reads locators and several sources in one group', () => {
  assert.deepEqual(splitCitations('[@un-sc-res-822, para. 1; @hrw-1994, p. 4, n. 2]'), [
    {
      cites: [
        { id: 'un-sc-res-822', locator: 'para. 1' },
        { id: 'hrw-1994', locator: 'p. 4, n. 2' },
      ],
    },
  ]);
});

test('splitCitations leaves text without citations alone', () => {
  assert.deepEqual(splitCitations('e-mail me @ home [not a cite]'), [{ text: 'e-mail me @ home [not a cite]' }]);
});

test('splitCitations rejects a malformed group with a message that shows it', () => {
  assert.throws(() => splitCitations('[@Bad_Id]'), /malformed citation "\[@Bad_Id\]"/);
  assert.throws(() => splitCitations('[@a; b]'), /malformed citation/);
});

test('CitationNumbering numbers sources by first citation and counts each use', () => {
  const n = new CitationNumbering();
  assert.deepEqual(n.add({ id: 'a' }), { id: 'a', n: 1, k: 1 });
  assert.deepEqual(n.add({ id: 'b', locator: 'p. 2' }), { id: 'b', locator: 'p. 2', n: 2, k: 1 });
  assert.deepEqual(n.add({ id: 'a' }), { id: 'a', n: 1, k: 2 });
  assert.deepEqual(n.list(), [
    { id: 'a', count: 2 },
    { id: 'b', count: 1 },
  ]);
});

test('anchors link each citation to its reference and back', () => {
  assert.equal(citeAnchor(3, 2), 'cite-3-2');
  assert.equal(refAnchor(3), 'ref-3');
});
