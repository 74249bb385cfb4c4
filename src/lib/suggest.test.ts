import { test } from 'node:test';
import assert from 'node:assert/strict';
import { distance, normalise, suggest, titleMatches } from './suggest.ts';

const NAMES = [
  'Stepanakert',
  'Khankendi',
  'Xankəndi',
  'Степанакерт',
  'Shusha',
  'Shushi',
  'Şuşa',
  'Шуша',
  'Nagorno-Karabakh',
  'Nagorno-Karabakh Autonomous Oblast',
  'Zohrab Mnatsakanyan',
  'Ilham Aliyev',
  'Heydar Aliyev',
  'NKAO',
];

test('normalise folds case, diacritics, hyphens and spaces', () => {
  assert.equal(normalise('  Nagorno-Karabakh '), 'nagorno karabakh');
  assert.equal(normalise('Şuşa'), 'susa');
});

test('distance counts insertions, deletions and substitutions, by code point', () => {
  assert.equal(distance('stepankert', 'stepanakert'), 1);
  assert.equal(distance('kitten', 'sitting'), 3);
  assert.equal(distance('', 'abc'), 3);
  assert.equal(distance('Шуша', 'Шуша'), 0);
});

test('the five misspellings get the right suggestion first or among the first', () => {
  assert.deepEqual(suggest('Stepankert', NAMES), ['Stepanakert']);
  assert.ok(suggest('Shushy', NAMES).includes('Shusha'));
  assert.deepEqual(suggest('Khankendy', NAMES), ['Khankendi']);
  assert.deepEqual(suggest('Nagorno Karabagh', NAMES)[0], 'Nagorno-Karabakh');
  assert.deepEqual(suggest('Mnatsakanian', NAMES), ['Zohrab Mnatsakanyan']);
});

test('no suggestion for a name spelt right, a short query, or nothing close', () => {
  assert.deepEqual(suggest('Stepanakert', NAMES), []);
  assert.deepEqual(suggest('nkao', NAMES), []);
  assert.deepEqual(suggest('abc', NAMES), []);
  assert.deepEqual(suggest('ceasefire', NAMES), []);
});

test('a shared family name suggests both people', () => {
  assert.deepEqual(suggest('Aliev', NAMES).sort(), ['Heydar Aliyev', 'Ilham Aliyev']);
});

test('titleMatches: every query word begins a word of the title', () => {
  assert.equal(titleMatches('Stepanakert (Khankendi)', 'khankendi'), true);
  assert.equal(titleMatches('The Moscow talks of 9-10 October 2020', 'Nagorno Karabagh'), false);
});
