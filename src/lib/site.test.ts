import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  checkReferences,
  referenceFaults,
  sourcesCited,
  usageOf,
  type CheckedContent,
  type PageLike,
  type RenderedPage,
  type UsageContent,
} from './site.ts';
import type { Editorial } from '../markdown/editorial.ts';

const source = (id: string, url = `https://example.org/${id}`) => ({
  id,
  filePath: `content/sources/${id}.yaml`,
  data: { url },
});
const entry = (id: string, data: Record<string, unknown> = {}) => ({ id, data });
const treaty = { id: 'treaty', data: { clauseLabel: 'point', clauses: [{ n: 1 }, { n: 2 }] } };
const page: PageLike = { collection: 'explainers', id: 'war', filePath: 'content/explainers/war.mdx' };

const content = (over: Partial<CheckedContent> = {}): CheckedContent => ({
  sources: [source('hrw-1994'), source('icg-2020')],
  events: [],
  places: [entry('shusha')],
  terms: [entry('nkao')],
  people: [],
  documents: [treaty],
  ...over,
});

type Refs = Pick<Editorial, 'references' | 'clauses'>;
const refs = (over: Partial<Refs>): Refs => ({ references: [], clauses: [], ...over });

test('referenceFaults: an unknown source is a fault with the file, the line and the nearest id', () => {
  const known = { sources: new Map([['hrw-1994', 1]]), places: new Map(), terms: new Map(), people: new Map() };
  const { unknown, clauses } = referenceFaults(
    [
      {
        entry: page,
        editorial: refs({
          references: [{ collection: 'sources', id: 'hrw-1995', subject: 'citation [@hrw-1995]', line: 12 }],
        }),
      },
    ],
    known,
    [],
  );
  assert.equal(clauses.length, 0);
  assert.equal(unknown.length, 1);
  assert.equal(unknown[0]!.file, 'content/explainers/war.mdx');
  assert.equal(unknown[0]!.line, 12);
  assert.match(unknown[0]!.message, /^citation \[@hrw-1995\]: unknown source id "hrw-1995"/);
  assert.match(unknown[0]!.message, /did you mean "hrw-1994"\?/);
});

test('referenceFaults: a page without a file is named by its collection and id; known ids pass', () => {
  const known = { sources: new Map(), places: new Map([['shusha', 1]]), terms: new Map(), people: new Map() };
  const { unknown } = referenceFaults(
    [
      {
        entry: { collection: 'home', id: 'start' },
        editorial: refs({
          references: [
            { collection: 'places', id: 'shusha', subject: '<Place id="shusha">', line: 3 },
            { collection: 'people', id: 'aliyev', subject: '<Person id="aliyev">', line: 4 },
          ],
        }),
      },
    ],
    known,
    [],
  );
  assert.deepEqual(
    unknown.map((f) => [f.file, f.line]),
    [['content/home/start.mdx', 4]],
  );
  assert.match(unknown[0]!.message, /unknown person id "aliyev"/);
});

test('referenceFaults: a clause the document does not have, or a wrong label, is a fault at its line', () => {
  const clause = (label: string, n: string, line: number) => ({
    doc: 'treaty',
    label,
    n,
    anchor: `${label}-${n}`,
    line,
  });
  const known = { sources: new Map(), places: new Map(), terms: new Map(), people: new Map() };
  const { clauses } = referenceFaults(
    [
      {
        entry: page,
        editorial: refs({ clauses: [clause('point', '2', 5), clause('point', '9', 7), clause('article', '1', 8)] }),
      },
    ],
    known,
    [treaty],
  );
  assert.deepEqual(
    clauses.map((f) => [f.file, f.line]),
    [
      ['content/explainers/war.mdx', 7],
      ['content/explainers/war.mdx', 8],
    ],
  );
  assert.match(clauses[0]!.message, /unknown point "9" of document "treaty"/);
  assert.match(clauses[1]!.message, /names its clauses by "point", not "article"/);
});

test('checkReferences passes sound content and returns no warnings', () => {
  const editorial = refs({ references: [{ collection: 'terms', id: 'nkao', subject: '<Term id="nkao">', line: 2 }] });
  assert.deepEqual(checkReferences(content(), [{ entry: page, editorial }]), { warnings: [] });
});

test('checkReferences throws one ContentError naming every unknown id, in YAML and MDX, with file and line', () => {
  const events = [
    { id: 'e1', filePath: 'content/events/e1.yaml', data: { sources: [{ collection: 'sources', id: 'nobody' }] } },
  ];
  const editorial = refs({
    references: [{ collection: 'places', id: 'shushi', subject: '<Place id="shushi">', line: 9 }],
  });
  const yaml = 'title: x\nsources: [nobody]\n';
  assert.throws(
    () => checkReferences(content({ events }), [{ entry: page, editorial }], () => yaml),
    (e: Error) => {
      assert.equal(e.name, 'ContentError');
      assert.match(e.message, /content\/events\/e1\.yaml:2: field "sources\[0\]": unknown source id "nobody"/);
      assert.match(
        e.message,
        /content\/explainers\/war\.mdx:9: <Place id="shushi">: unknown place id "shushi".*did you mean "shusha"/,
      );
      return true;
    },
  );
});

test('checkReferences refuses two sources with one URL, and a source on a copy host', () => {
  const twins = content({
    sources: [source('a', 'https://www.example.org/report/'), source('b', 'http://example.org/report')],
  });
  assert.throws(
    () => checkReferences(twins, []),
    /content\/sources\/b\.yaml: field "url": the same URL as content\/sources\/a\.yaml/,
  );
  const copy = content({ sources: [source('c', 'https://webcache.googleusercontent.com/search?q=cache:x')] });
  assert.throws(
    () => checkReferences(copy, []),
    /content\/sources\/c\.yaml: field "url": .* is on a copy, cache, preview or IP host/,
  );
});

test('sourcesCited keeps the order and the counts, and refuses an id that escaped the checks', () => {
  const sources = new Map([
    ['a', { title: 'A' }],
    ['b', { title: 'B' }],
  ]);
  assert.deepEqual(
    sourcesCited(sources, [
      { id: 'b', count: 2 },
      { id: 'a', count: 1 },
    ]),
    [
      { source: { title: 'B' }, count: 2 },
      { source: { title: 'A' }, count: 1 },
    ],
  );
  assert.throws(() => sourcesCited(sources, [{ id: 'c', count: 1 }]), /source "c" escaped the reference checks/);
});

type Page = PageLike & { data: { title: string } };
const war: Page = { ...page, data: { title: 'The war' } };
const home: Page = { collection: 'home', id: 'start', data: { title: 'unused' } };
const none: { id: string }[] = [];

const site = (): UsageContent<Page> => ({
  home: [home],
  explainers: [war],
  events: [{ id: '1994-ceasefire', data: { title: 'Ceasefire', sources: [{ id: 'icg' }] } }],
  places: [{ id: 'shusha', data: { name: 'Shusha', sources: [{ id: 'icg' }] } }],
  terms: [{ id: 'nkao', data: { term: 'NKAO', sources: none } }],
  people: [],
  documents: [
    {
      id: 'treaty',
      data: {
        shortTitle: 'Treaty',
        contextSources: none,
        text: { sources: none },
        clauses: [{ statusSources: none, accounts: [{ sources: [{ id: 'hrw' }] }] }],
      },
    },
  ],
});

const rendered: Record<string, RenderedPage> = {
  start: {
    editorial: {
      citations: [{ id: 'hrw', count: 1 }],
      clauses: [],
      mentions: { places: ['shusha'], terms: [], people: [] },
      sections: { 'places:shusha': [0] },
    },
    headings: [],
  },
  war: {
    editorial: {
      citations: [
        { id: 'hrw', count: 3 },
        { id: 'icg', count: 1 },
      ],
      clauses: [{ doc: 'treaty', label: 'point', n: '1', anchor: 'point-1', heading: 'The ceasefire' }],
      mentions: { places: ['shusha'], terms: ['nkao'], people: [] },
      sections: { 'places:shusha': [2], 'terms:nkao': [0, 1] },
    },
    headings: [
      { slug: 'background', text: 'Background' },
      { slug: 'the-ceasefire', text: 'The ceasefire' },
    ],
  },
};

test('usageOf: a mention is found in the right section, or the page opening before any heading', () => {
  const usage = usageOf(site(), (e) => rendered[e.id]!);
  assert.deepEqual(usage.sections.get('places:shusha'), [
    { href: '/', page: 'Home', section: undefined },
    { href: '/explainers/war/#the-ceasefire', page: 'The war', section: 'The ceasefire' },
  ]);
  assert.deepEqual(usage.sections.get('terms:nkao'), [
    { href: '/explainers/war/', page: 'The war', section: undefined },
    { href: '/explainers/war/#background', page: 'The war', section: 'Background' },
  ]);
  assert.deepEqual(usage.mentions.get('terms:nkao'), [{ href: '/explainers/war/', title: 'The war' }]);
  assert.deepEqual(
    usage.mentions.get('places:shusha')?.map((p) => p.href),
    ['/', '/explainers/war/'],
  );
});

test('usageOf: "Cited in" lists each page once, from the MDX pages, the timeline, the documents and the entries', () => {
  const usage = usageOf(site(), (e) => rendered[e.id]!);
  assert.deepEqual(usage.cites.get('hrw'), [
    { href: '/', title: 'Home' },
    { href: '/explainers/war/', title: 'The war' },
    { href: '/documents/treaty/', title: 'Documents: Treaty' },
  ]);
  assert.deepEqual(usage.cites.get('icg'), [
    { href: '/explainers/war/', title: 'The war' },
    { href: '/timeline/#1994-ceasefire', title: 'Timeline: Ceasefire' },
    { href: '/places/shusha/', title: 'Places: Shusha' },
  ]);
  assert.deepEqual(usage.clauses.get('treaty#point-1'), [
    { href: '/explainers/war/#the-ceasefire', title: 'The war: The ceasefire' },
  ]);
});

test('usageOf: a section index beyond the headings Astro lists is an error, not a wrong link', () => {
  const broken: Record<string, RenderedPage> = { ...rendered, war: { ...rendered.war!, headings: [] } };
  assert.throws(
    () => usageOf(site(), (e) => broken[e.id]!),
    /\/explainers\/war\/: heading 2 not found for places:shusha/,
  );
});
