import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entryNames } from './entry-names.ts';

const nameOf = entryNames(new URL('../../content/', import.meta.url).pathname);

test('a place prints both names at its first mention, one after; a person prints their name', () => {
  assert.equal(nameOf('Place', 'shusha', true), 'Shusha (Shushi)');
  assert.equal(nameOf('Place', 'shusha', false), 'Shusha');
  assert.equal(nameOf('Person', 'ilham-aliyev', true), 'Ilham Aliyev');
  assert.equal(nameOf('Place', 'no-such-place', true), undefined);
});
