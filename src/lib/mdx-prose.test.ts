import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countWords, proseBlocks } from './mdx-prose.ts';

test('blocks carry their part of the page, their line and whether they are cited', () => {
  const source =
    '---\ntitle: "T"\n---\n\n<InShort>\n\n- Short.[@a]\n\n</InShort>\n\nText in <Place id="x" />.[@b]<Note>A note.</Note>\n\n<Positions>\n\n<Position party="armenia">\n\nTheir view.\n\n</Position>\n\n</Positions>\n\n<ThenNow>\n\nAside.\n\n</ThenNow>';
  assert.deepEqual(
    proseBlocks(source).map((b) => [b.part, b.line, b.text, b.cited]),
    [
      ['in-short', 7, 'Short.', true],
      ['running', 11, 'Text in Name.', true],
      ['note', 11, 'A note.', false],
      ['position', 17, 'Their view.', false],
      ['aside', 25, 'Aside.', false],
    ],
  );
});

test('a block records its allow comments and the names of its terms', () => {
  const [block] = proseBlocks('The <Term id="t">line of contact</Term> held.[@a] {/* prose-allow held: a reason */}');
  assert.deepEqual(block!.terms, ['line of contact']);
  assert.deepEqual(block!.allowed, ['held']);
});

test('words are runs of letters or digits, with apostrophes and hyphens inside', () => {
  assert.equal(countWords("Nagorno-Karabakh's 44-day war, in 2020 — fought."), 6);
});

test('given the entries, a place prints both names at its first mention and one after', () => {
  const nameOf = (component: 'Place' | 'Person', id: string, first: boolean) =>
    component === 'Place' && id === 'shusha' ? (first ? 'Shusha (Shushi)' : 'Shusha') : undefined;
  const blocks = proseBlocks(
    '<Place id="shusha" /> fell.[@a] <Place id="shusha" /> again, <Person id="x" />.[@b]',
    nameOf,
  );
  assert.equal(blocks[0]!.text, 'Shusha (Shushi) fell. Shusha again, Name.');
  assert.equal(countWords(blocks[0]!.text), 6);
});
