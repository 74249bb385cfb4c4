/**
 * The editorial plugins on a small page of the test fixtures, run by Sätteri as
 * the build runs them: the tree they leave behind (as compact text) and the
 * frontmatter they write are pinned whole, so any change to what authors'
 * markup becomes shows here.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { mdxToMdast, type MdastNode } from 'satteri';
import { editorialPlugins } from './editorial.ts';

/** The fixture site has no public/ folder: no root-relative link to a file resolves. */
const root = new URL('../../tests/fixtures/site/', import.meta.url).pathname;

/** The tree as one line per block: JSX elements as <Name a="1">…</Name>, text as is. */
function compact(node: MdastNode): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') {
    const attrs = node.attributes.map((a) => ('name' in a ? ` ${a.name}="${String(a.value)}"` : '')).join('');
    const inner = node.children.map((c) => compact(c as MdastNode)).join('');
    return inner ? `<${node.name}${attrs}>${inner}</${node.name}>` : `<${node.name}${attrs}/>`;
  }
  if ('children' in node)
    return node.children.map((c) => compact(c as MdastNode)).join(node.type === 'root' ? '\n' : '');
  return '';
}

async function run(source: string) {
  const frontmatter: Record<string, unknown> = {};
  const tree = await mdxToMdast(source, {
    mdastPlugins: editorialPlugins(root),
    fileURL: pathToFileURL(`${root}fixture.mdx`),
    data: { astro: { frontmatter, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
  });
  return { tree: compact(tree), frontmatter };
}

test('citations, places, terms, people, clauses and notes, as the editorial plugins leave them', async () => {
  const { tree, frontmatter } = await run(
    [
      '<InShort>',
      '',
      '- In short.[@fixture-report]',
      '',
      '</InShort>',
      '',
      '<Place id="fixture-town" /> and <Place id="fixture-town" /> with <Term id="fixture-term">a term</Term> and <Person id="fixture-person" />.[@fixture-report; @fixture-reference, p. 2]',
      '',
      '## Second',
      '',
      'See <Clause doc="fixture-statement" point="1">point 1</Clause>.[@fixture-reference] <Note>A note on <Place id="fixture-town" />.[@fixture-report]</Note>',
    ].join('\n'),
  );
  assert.equal(
    tree,
    [
      '<InShort>In short.<Cite n="1" k="1"/></InShort>',
      '<Place id="fixture-town" k="1"/> and <Place id="fixture-town" k="2"/> with <Term id="fixture-term" k="1">a term</Term> and <Person id="fixture-person"/>.<Cite n="1" k="2"/><Cite n="2" k="1" locator="p. 2"/>',
      'Second',
      'See <Clause href="/documents/fixture-statement/#point-1">point 1</Clause>.<Cite n="2" k="2"/><NoteMark letter="a"/>',
      '<Notes><NoteItem letter="a">A note on <Place id="fixture-town" k="3"/>.<Cite n="1" k="3"/></NoteItem></Notes>',
    ].join('\n'),
  );
  assert.deepEqual(frontmatter, {
    editorial: {
      citations: [
        { id: 'fixture-report', count: 3 },
        { id: 'fixture-reference', count: 2 },
      ],
      references: [
        { collection: 'sources', id: 'fixture-report', subject: 'citation [@fixture-report]', line: 3 },
        { collection: 'places', id: 'fixture-town', subject: '<Place id="fixture-town">', line: 7 },
        { collection: 'places', id: 'fixture-town', subject: '<Place id="fixture-town">', line: 7 },
        { collection: 'terms', id: 'fixture-term', subject: '<Term id="fixture-term">', line: 7 },
        { collection: 'people', id: 'fixture-person', subject: '<Person id="fixture-person">', line: 7 },
        { collection: 'sources', id: 'fixture-report', subject: 'citation [@fixture-report]', line: 7 },
        { collection: 'sources', id: 'fixture-reference', subject: 'citation [@fixture-reference]', line: 7 },
        { collection: 'sources', id: 'fixture-reference', subject: 'citation [@fixture-reference]', line: 11 },
        { collection: 'places', id: 'fixture-town', subject: '<Place id="fixture-town">', line: 11 },
        { collection: 'sources', id: 'fixture-report', subject: 'citation [@fixture-report]', line: 11 },
      ],
      mentions: { places: ['fixture-town'], terms: ['fixture-term'], people: ['fixture-person'] },
      clauses: [{ doc: 'fixture-statement', label: 'point', n: '1', anchor: 'point-1', heading: 'Second', line: 11 }],
      sections: { 'places:fixture-town': [0, 1], 'terms:fixture-term': [0], 'people:fixture-person': [0] },
      apparatus: { inShort: true, notes: 1 },
    },
  });
});

test('an unknown id is collected with its line, not checked: src/lib/site.ts checks every reference against the collections', async () => {
  const { frontmatter } = await run('Text.[@fixture-reprt]');
  assert.deepEqual((frontmatter.editorial as { references: unknown }).references, [
    { collection: 'sources', id: 'fixture-reprt', subject: 'citation [@fixture-reprt]', line: 1 },
  ]);
});

test('a malformed citation fails with the file and the line', async () => {
  await assert.rejects(
    () => run('Text.\n\nMore.[@Fixture Report]'),
    /fixture\.mdx:3: malformed citation "\[@Fixture Report\]"/,
  );
});
