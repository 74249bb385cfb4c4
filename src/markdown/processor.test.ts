/**
 * The processor as @astrojs/mdx runs it on an MDX page: heading ids, the "#" link at the end of each
 * heading, and the headings Astro lists for the table of contents, without that "#".
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { processor } from './processor.ts';

test('every heading gets an id and a "#" link to it, and the listed headings keep their own text', async () => {
  const renderer = await processor.createMdxRenderer!(
    { syntaxHighlight: false },
    { optimize: false, srcDir: new URL('file:///nowhere/') },
  );
  const { code } = await renderer.process(
    '## "Roots": before 1988\n\nText.\n\n## Roots\n\n## Roots\n',
    '/nowhere/page.mdx',
    {},
  );
  const anchors = [...code.matchAll(/_jsx\(HeadingAnchor, \{\s*href: "([^"]*)"/g)].map((m) => m[1]);
  assert.deepEqual(anchors, ['#roots-before-1988', '#roots', '#roots-1']);
  const listed = JSON.parse(/export function getHeadings\(\) \{ return (.*); \}/.exec(code)![1]!);
  assert.deepEqual(listed, [
    { depth: 2, slug: 'roots-before-1988', text: '“Roots”: before 1988' },
    { depth: 2, slug: 'roots', text: 'Roots' },
    { depth: 2, slug: 'roots-1', text: 'Roots' },
  ]);
});
