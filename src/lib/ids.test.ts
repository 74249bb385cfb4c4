import { test } from 'node:test';
import assert from 'node:assert/strict';
import { idFromFileName } from './ids.ts';

test('idFromFileName takes the id from a clean file name', () => {
  assert.equal(idFromFileName('stepanakert.yaml', 'content/places'), 'stepanakert');
  assert.equal(idFromFileName('2020-10-10-ceasefire.yaml', 'content/events'), '2020-10-10-ceasefire');
  assert.equal(idFromFileName('first-war.mdx', 'content/explainers'), 'first-war');
});

test('idFromFileName rejects names that could collide, naming the file', () => {
  for (const bad of ['Shusha.yaml', 'shusha copy.yaml', 'shusha_2.yaml', '-x.yaml', 'a--b.yaml']) {
    assert.throws(
      () => idFromFileName(bad, 'content/places'),
      new RegExp(`content/places/${bad.replace('.', '\\.')}: bad file name`),
    );
  }
});
