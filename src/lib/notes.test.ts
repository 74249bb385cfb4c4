import { test } from 'node:test';
import assert from 'node:assert/strict';
import { noteAnchor, noteLetter, noteMarkAnchor } from './notes.ts';

test('notes are lettered a to z, then aa, ab', () => {
  assert.deepEqual([1, 2, 26, 27, 28, 52, 53, 702, 703].map(noteLetter), [
    'a',
    'b',
    'z',
    'aa',
    'ab',
    'az',
    'ba',
    'zz',
    'aaa',
  ]);
});

test('a note number below 1 or not whole is refused', () => {
  assert.throws(() => noteLetter(0), RangeError);
  assert.throws(() => noteLetter(1.5), RangeError);
});

test('a note and its marker have distinct anchors', () => {
  assert.equal(noteAnchor('b'), 'note-b');
  assert.equal(noteMarkAnchor('b'), 'note-mark-b');
});
