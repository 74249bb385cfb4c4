/**
 * Every explainer opens with an In short list and keeps its running text
 * within 4,500 words (issue 13), every paragraph cites a source, and its
 * prose passes the prose lint: no
 * loaded words, source chains, process notes or repeated words in the
 * narrator's voice. `npm run words` and `npm run lint:prose` print the same
 * findings while writing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { explainerLength, lengthProblems } from '../../src/lib/explainer-length.ts';
import { lintProse } from '../../src/lib/prose-lint.ts';
import { proseBlocks } from '../../src/lib/mdx-prose.ts';
import { entryNames } from '../../scripts/lib/entry-names.ts';

const dir = new URL('../../content/explainers/', import.meta.url);
const explainers = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
// Words are counted as printed: a place's first mention gives both its names.
const nameOf = entryNames(new URL('../../content/', import.meta.url).pathname);

test('there are explainers to check', () => assert.ok(explainers.length >= 4));

for (const file of explainers) {
  const source = readFileSync(new URL(file, dir), 'utf8');
  test(`${file}: In short and the running-text budget`, () => {
    assert.deepEqual(lengthProblems(explainerLength(source, nameOf)), []);
  });
  test(`${file}: every paragraph of the text cites a source`, () => {
    // A list item may rest on the citation of the sentence that leads into its list.
    const uncited = proseBlocks(source).filter(
      (b) => b.kind === 'paragraph' && !b.listItem && !b.cited && (b.part === 'running' || b.part === 'in-short'),
    );
    assert.deepEqual(
      uncited.map((b) => `line ${b.line}: ${b.text.slice(0, 60)}…`),
      [],
    );
  });
  test(`${file}: the prose lint`, () => {
    assert.deepEqual(
      lintProse(source).map((f) => `line ${f.line}: ${f.rule} "${f.words}"`),
      [],
    );
  });
}

// The home page's text is in the narrator's voice too.
const home = new URL('../../content/home/', import.meta.url);
for (const file of readdirSync(home).filter((f) => f.endsWith('.mdx'))) {
  test(`home/${file}: the prose lint`, () => {
    assert.deepEqual(
      lintProse(readFileSync(new URL(file, home), 'utf8')).map((f) => `line ${f.line}: ${f.rule} "${f.words}"`),
      [],
    );
  });
}
