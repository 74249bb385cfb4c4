import { test } from 'node:test';
import assert from 'node:assert/strict';
import { proseWords, readingMinutes } from './reading.ts';

test('proseWords counts prose and leaves out frontmatter, citations and tags', () => {
  const mdx = '---\ntitle: "A B C"\n---\n\n## Two words\n\nThe talks began in <Place id="moscow" />.[@a; @b, p. 2]';
  assert.equal(proseWords(mdx), 6);
});

test('readingMinutes rounds, with a minimum of one minute', () => {
  assert.equal(readingMinutes('word'), 1);
  assert.equal(readingMinutes(Array(1100).fill('word').join(' ')), 5);
});
