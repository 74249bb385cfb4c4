import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintProse } from './prose-lint.ts';

const rules = (source: string) => lintProse(source).map((f) => `${f.line} ${f.rule} ${f.words}`);

test("loaded words in the narrator's voice are flagged, in quotation, attribution, positions and term names they are not", () => {
  const source = [
    'Armenian forces occupied the district.[@a]',
    'Aliyev spoke of "liberated lands".[@a] He spoke of what he called the occupied territories.[@b]',
    'The resolution named the <Term id="occupied-territories">occupied territories</Term>.[@a]',
    '<Position party="azerbaijan">',
    '',
    'Azerbaijan regards the operation as liberation.[@a]',
    '',
    '</Position>',
  ].join('\n\n');
  assert.deepEqual(rules(source), ['1 loaded-word occupied']);
});

test('source chains and process notes are flagged in the text, not in a note', () => {
  const source =
    'The toll, as summarised by Armenpress, rose.[@a]<Note>Relayed by Armenpress, as summarised in Wikipedia.[@b]</Note>\n\nThe sources consulted for this page differ.[@a]';
  assert.deepEqual(rules(source), [
    '1 source-chain as summarised by',
    '3 process-note sources consulted',
    '3 process-note consulted for this page',
  ]);
});

test('repeated words are flagged anywhere', () => {
  assert.deepEqual(rules('The the talks began.[@a]'), ['1 repeated-word The the']);
});

test('a flagged word is allowed with a reason beside it, and only that word', () => {
  const source =
    'Armenian forces occupied the district and called it liberation.[@a] {/* prose-allow occupied: the verb of the UN resolution quoted above */}\n\nThe regime fell.[@a] {/* prose-allow occupied: wrong word */}';
  assert.deepEqual(rules(source), ['3 loaded-word regime']);
});

test('an allow comment without a reason allows nothing', () => {
  assert.deepEqual(rules('The regime fell.[@a] {/* prose-allow regime: */}'), ['1 loaded-word regime']);
});
