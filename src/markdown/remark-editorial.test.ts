/**
 * remark-editorial on a small page of the test fixtures: the tree it leaves
 * behind (as compact text) and the frontmatter it writes are pinned whole,
 * so any change to what authors' markup becomes shows here.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { VFile } from 'vfile';
import type { Nodes, Root } from 'mdast';
import { remarkEditorial } from './remark-editorial.ts';

const contentDir = new URL('../../tests/fixtures/site/content/', import.meta.url).pathname;

/** The tree as one line per block: JSX elements as <Name a="1">…</Name>, text as is. */
function compact(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') {
    const attrs = node.attributes.map((a) => ('name' in a ? ` ${a.name}="${String(a.value)}"` : '')).join('');
    const inner = node.children.map((c) => compact(c as Nodes)).join('');
    return inner ? `<${node.name}${attrs}>${inner}</${node.name}>` : `<${node.name}${attrs}/>`;
  }
  if ('children' in node) return node.children.map((c) => compact(c as Nodes)).join(node.type === 'root' ? '\n' : '');
  return '';
}

function run(source: string) {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkEditorial, { publicDir: contentDir });
  const file = new VFile({ value: source, path: 'fixture.mdx', cwd: contentDir });
  (file.data as { astro?: unknown }).astro = { frontmatter: {} };
  const tree = processor.runSync(processor.parse(file), file) as Root;
  return {
    tree: compact(tree),
    frontmatter: (file.data as { astro: { frontmatter: Record<string, unknown> } }).astro.frontmatter,
  };
}

test('citations, places, terms, people, clauses and notes, as remark-editorial leaves them', () => {
  const { tree, frontmatter } = run(
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

test('an unknown id is collected with its line, not checked: src/lib/site.ts checks every reference against the collections', () => {
  const { frontmatter } = run('Text.[@fixture-reprt]');
  assert.deepEqual((frontmatter.editorial as { references: unknown }).references, [
    { collection: 'sources', id: 'fixture-reprt', subject: 'citation [@fixture-reprt]', line: 1 },
  ]);
});

test('a malformed citation fails with the file and the line', () => {
  assert.throws(
    () => run('Text.\n\nMore.[@Fixture Report]'),
    /fixture\.mdx:3: malformed citation "\[@Fixture Report\]"/,
  );
});
