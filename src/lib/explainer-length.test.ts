import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explainerLength, lengthProblems } from './explainer-length.ts';

const page = (items: string[], body: string) =>
  `---\ntitle: "T"\n---\n\n<InShort>\n\n${items.map((i) => `- ${i}`).join('\n')}\n\n</InShort>\n\n${body}\n`;
const five = [
  'One fact.[@a]',
  'Two facts, said the U.S. envoy.[@b]',
  'Three <Place id="x" />.[@c]',
  'Four.[@d]',
  'Five.[@e]',
];

test('running text counts paragraphs and list items, not In short, asides, notes or headings', () => {
  const body =
    '## A heading of five words\n\nOne two three.[@a]<Note>Not counted at all.[@b]</Note>\n\n- four five\n\n<KeyFacts>\n\n- not counted\n\n</KeyFacts>\n\n| not | counted |\n| --- | --- |\n| x | y |';
  const length = explainerLength(page(five, body));
  assert.equal(length.running, 5);
  assert.equal(length.inShort.items.length, 5);
  assert.equal(length.inShort.words, 13);
  assert.deepEqual(lengthProblems(length), []);
});

test('In short must have 5-7 one-sentence cited items of at most 200 words in all', () => {
  const problems = lengthProblems(explainerLength(page(['One. Two.[@a]', 'Uncited.', ...five.slice(2)], 'Body.[@a]')));
  assert.deepEqual(problems, [
    'line 7: an <InShort> item has 2 sentences; write one',
    'line 8: an <InShort> item has no citation',
  ]);
  assert.match(lengthProblems(explainerLength(page(five.slice(0, 4), 'Body.[@a]')))[0]!, /has 4 items; write 5-7/);
  assert.match(
    lengthProblems(explainerLength(page([...five.slice(1), `${'word '.repeat(200)}end.[@a]`], 'Body.[@a]')))[0]!,
    /is 2\d\d words; the limit is 200/,
  );
});

test('a page without In short, or over 4,500 running words, is named', () => {
  const problems = lengthProblems(explainerLength(`${'word '.repeat(4501)}\n`));
  assert.deepEqual(problems, [
    'running text is 4501 words; the limit is 4500',
    'no <InShort> block: open the page with one',
  ]);
});
