/**
 * Bad content must fail the build with a message that names the file and the
 * field or id. Each case copies the small fixture site in
 * tests/fixtures/site/content, breaks one thing, builds it, and checks the
 * message. The first case proves the fixture builds (with a draft explainer
 * added, which must not show). A build that is to succeed takes the site's
 * real places and events (and the sources they cite) along, because the maps
 * draw them; a build that is to fail goes without them (see build()).
 */
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';

const run = promisify(execFile);
const fixture = new URL('../fixtures/site/content/', import.meta.url).pathname;
const realContent = new URL('../../content/', import.meta.url).pathname;
const project = new URL('../../', import.meta.url).pathname;
const astro = join(project, 'node_modules/astro/bin/astro.mjs');

/**
 * Where a fault is caught. `astro build` begins with `astro sync`, which loads every entry and checks it
 * against its schema: a fault in an entry's own fields or file name stops the sync, with the same message
 * as the build. Such a case runs the sync alone ('sync'), which takes a fifth off its time; a fault caught
 * later (an unknown id, a check of the MDX, a check across entries) needs the build ('build').
 */
type Stage = 'sync' | 'build';

/**
 * Builds (or, at `stage` 'sync', syncs) the fixture after `breakIt` edits it; returns the exit status, all
 * output, and what `inspect` read in the built site before it was deleted. Only with `siteContent` does the
 * fixture take the site's places, events and sources along (some 1,200 files), which the maps need to
 * render. A build that is to fail stops at its fault before it renders a page, so it goes without them:
 * that takes a quarter off each failing build. Without them the untouched fixture would fail at the maps,
 * after rendering its first pages, so failedBeforeRendering() tells a fault that was caught from one that
 * was not.
 */
async function build<T = undefined>(
  breakIt: (dir: string) => void,
  {
    siteContent = false,
    inspect,
    stage = 'build',
  }: { siteContent?: boolean; inspect?: (dist: string) => T; stage?: Stage } = {},
) {
  const tmp = mkdtempSync(join(tmpdir(), 'nk-bad-content-'));
  const content = join(tmp, 'content');
  cpSync(fixture, content, { recursive: true });
  if (siteContent)
    for (const dir of ['places', 'sources', 'events'])
      cpSync(join(realContent, dir), join(content, dir), { recursive: true });
  breakIt(content);
  /** The output without colours, and with the temporary folder's content/ named as the project's. */
  const clean = (output: string) => stripVTControlCharacters(output).replaceAll(`${content}/`, 'content/');
  // Astro writes the content modules of a build into <root>/.astro/: each build gets its own root, a copy
  // of the project's code, so that builds running side by side never read each other's content (Astro
  // does not follow a linked src/; node_modules can be linked).
  const root = join(tmp, 'root');
  for (const f of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    cpSync(join(project, f), join(root, f), { recursive: true });
  symlinkSync(join(project, 'node_modules'), join(root, 'node_modules'));
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      stage === 'sync'
        ? [astro, 'sync', '--root', root]
        : [astro, 'build', '--site', 'http://localhost:4321', '--root', root, '--outDir', join(tmp, 'dist')],
      {
        cwd: root,
        env: {
          ...process.env,
          CONTENT_DIR: content,
          ASTRO_CACHE_DIR: join(tmp, 'cache'),
          ASTRO_TELEMETRY_DISABLED: '1',
        },
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    return { ok: true, output: clean(stdout + stderr), seen: inspect?.(join(tmp, 'dist')) };
  } catch (error) {
    const e = error as { stdout: string; stderr: string };
    return { ok: false, output: clean(e.stdout + e.stderr), seen: undefined };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Changes one fixture file; throws if the change did nothing, so no case can pass by accident. */
const edit = (dir: string, file: string, change: (text: string) => string) => {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the edit to ${file} changed nothing`);
  writeFileSync(path, after);
};

/** Fails unless the build failed before it rendered a page (Astro lists each page it renders: "├─ /about/index.html"). */
function failedBeforeRendering({ ok, output }: { ok: boolean; output: string }) {
  assert.equal(ok, false, `the build should have failed:\n${output}`);
  assert.doesNotMatch(output, /[├└]─ \//, `the build should have failed before rendering a page:\n${output}`);
}

/** Fails unless the build (or the sync alone) failed before rendering and its output has every expected fragment. */
async function expectFailure(stage: Stage, breakIt: (dir: string) => void, ...expected: (string | RegExp)[]) {
  const { ok, output } = await build(breakIt, { stage });
  failedBeforeRendering({ ok, output });
  for (const e of expected) {
    if (typeof e === 'string') assert.ok(output.includes(e), `expected "${e}" in the build output:\n${output}`);
    else assert.match(output, e);
  }
}

/**
 * Starts each subtest without waiting for it, so that the builds run side by side (`await t.test()` would
 * run them in turn, whatever the concurrency); `all()` waits for every one.
 */
function concurrently(parent: TestContext) {
  const running: Promise<void>[] = [];
  return {
    test: (name: string, fn: () => Promise<unknown>) =>
      void running.push(parent.test(name, async () => void (await fn()))),
    all: () => Promise.all(running),
  };
}

/** The error Astro printed: from "[ContentError]" to the end of its hint. */
function errorBlock(output: string): string {
  const lines = output.slice(output.indexOf('[ContentError]')).split('\n');
  const hint = lines.indexOf('  Hint:');
  const end = lines.findIndex((l, i) => i > hint && !l.startsWith('    '));
  return lines.slice(0, end).join('\n');
}

/**
 * Fails unless the build (or the sync alone) failed before rendering with exactly this message and hint, and
 * without a stack trace or a :0:0.
 */
async function expectError(stage: Stage, breakIt: (dir: string) => void, message: string, hint: string) {
  const { ok, output } = await build(breakIt, { stage });
  failedBeforeRendering({ ok, output });
  assert.equal(errorBlock(output), `[ContentError] ${message}\n  Hint:\n    ${hint}`, output);
  assert.doesNotMatch(output, /Stack trace|:0:0/);
}

const SCHEMA = 'FIELDS.md describes every field of every kind of entry; CONTRIBUTING.md has an example of each.';
const UNKNOWN = 'An id is the name of a file in content/ without its extension: check the spelling, or add the entry.';
const PUBLIC = 'Put the file in public/ (served from the site root), or correct the address.';
const today = new Date().toISOString().slice(0, 10);

test('bad content fails the build, naming the file and the field or id', { concurrency: 4 }, async (parent) => {
  const t = concurrently(parent);
  t.test(
    'the fixture builds, and a draft explainer added to it is neither built nor linked, nor in the sitemap, the search index or the open data',
    async () => {
      const title = 'A draft no reader should see';
      const textFiles = (dir: string): string[] =>
        readdirSync(dir, { withFileTypes: true, recursive: true })
          .filter((e) => e.isFile() && /\.(html|xml|json|csv|geojson|txt)$/.test(e.name))
          .map((e) => join(e.parentPath, e.name));
      const { ok, output, seen } = await build(
        (d) => {
          const page = readFileSync(join(d, 'explainers/fixture-page.mdx'), 'utf8');
          writeFileSync(
            join(d, 'explainers/fixture-draft.mdx'),
            page.replace('title: "Fixture page"', `title: "${title}"\ndraft: true`).replace('order: 1', 'order: 2'),
          );
        },
        {
          siteContent: true,
          inspect: (dist) => ({
            built: existsSync(join(dist, 'explainers/fixture-draft')),
            control: existsSync(join(dist, 'explainers/fixture-page/index.html')),
            naming: textFiles(dist).filter((f) =>
              /fixture-draft|A draft no reader should see/.test(readFileSync(f, 'utf8')),
            ),
          }),
        },
      );
      assert.equal(ok, true, output);
      assert.deepEqual(seen, { built: false, control: true, naming: [] });
    },
  );

  t.test('a bad date in a source', () =>
    expectError(
      'sync',
      (d) => edit(d, 'sources/fixture-report.yaml', (s) => s.replace(/published: .*/, 'published: "2020-13-45"')),
      'content/sources/fixture-report.yaml:4: field "published": expected a real date written "YYYY-MM-DD"; got "2020-13-45"',
      SCHEMA,
    ),
  );

  t.test('an impossible partial date in an event', () =>
    expectError(
      'sync',
      (d) => edit(d, 'events/2020-10-10-fixture-event.yaml', (s) => s.replace('"2020-10-10"', '"2020-02-30"')),
      'content/events/2020-10-10-fixture-event.yaml:2: field "date": expected a real date written "YYYY", "YYYY-MM" or "YYYY-MM-DD"; got "2020-02-30"',
      SCHEMA,
    ),
  );

  t.test('an event dated after the day of the build', () =>
    expectError(
      'sync',
      (d) => edit(d, 'events/2020-10-10-fixture-event.yaml', (s) => s.replace('"2020-10-10"', '"2099-01-01"')),
      `content/events/2020-10-10-fixture-event.yaml:2: field "date": expected a date no later than the day of the build, ${today}; got "2099-01-01"`,
      SCHEMA,
    ),
  );

  t.test('a bad time of day in an event', () =>
    expectError(
      'sync',
      (d) =>
        edit(d, 'events/2020-10-10-fixture-event.yaml', (s) =>
          s.replace('date: "2020-10-10"', 'date: "2020-10-10"\ntime: "25:00"'),
        ),
      'content/events/2020-10-10-fixture-event.yaml:3: field "time": expected a time of day written "HH:MM"; got "25:00"',
      SCHEMA,
    ),
  );

  t.test('an unquoted date, which YAML would roll over silently', () =>
    expectError(
      'sync',
      (d) => edit(d, 'sources/fixture-report.yaml', (s) => s.replace(/published: .*/, 'published: 2020-02-30')),
      'content/sources/fixture-report.yaml:4: field "published": expected a date in quotes, "YYYY-MM-DD"; got 2020-02-30 (unquoted, so YAML read it as 2020-03-01)',
      SCHEMA,
    ),
  );

  t.test('a bad lastReviewed date in an explainer', () =>
    expectError(
      'sync',
      (d) => edit(d, 'explainers/fixture-page.mdx', (s) => s.replace(/lastReviewed: .*/, 'lastReviewed: "last week"')),
      'content/explainers/fixture-page.mdx:6: field "lastReviewed": expected a real date written "YYYY-MM-DD"; got "last week"',
      SCHEMA,
    ),
  );

  t.test('a coverage month that is not a month', () =>
    expectError(
      'sync',
      (d) =>
        edit(d, 'explainers/fixture-page.mdx', (s) => s.replace(/lastReviewed: .*/, '$&\ncoveredTo: "2026-02-01"')),
      'content/explainers/fixture-page.mdx:7: field "coveredTo": expected a real month written "YYYY-MM"; got "2026-02-01"',
      SCHEMA,
    ),
  );

  t.test('a lastReviewed after the day of the build', () =>
    expectError(
      'sync',
      (d) => edit(d, 'explainers/fixture-page.mdx', (s) => s.replace(/lastReviewed: .*/, 'lastReviewed: "2099-01-01"')),
      `content/explainers/fixture-page.mdx:6: field "lastReviewed": expected a day no later than the day of the build, ${today}; got "2099-01-01"`,
      SCHEMA,
    ),
  );

  t.test('a missing title in an explainer', () =>
    expectError(
      'sync',
      (d) => edit(d, 'explainers/fixture-page.mdx', (s) => s.replace(/^title: .*\n/m, '')),
      'content/explainers/fixture-page.mdx: field "title" is missing',
      SCHEMA,
    ),
  );

  t.test('a missing required field in a source', () =>
    expectError(
      'sync',
      (d) => edit(d, 'sources/fixture-reference.yaml', (s) => s.replace(/^publisher: .*\n/m, '')),
      'content/sources/fixture-reference.yaml: field "publisher" is missing',
      SCHEMA,
    ),
  );

  t.test('a duplicate id (two files whose names map to one id)', () =>
    expectError(
      'sync',
      (d) => cpSync(join(d, 'places/fixture-town.yaml'), join(d, 'places/Fixture-Town.yaml')),
      'content/places/Fixture-Town.yaml: bad file name "Fixture-Town.yaml": an id is lower-case letters, digits and hyphens',
      'Rename the file, for example "shusha.yaml": the file name is the id, and no two entries may share one.',
    ),
  );

  t.test('a .yml file among the .yaml files, which the loader would skip', () =>
    expectError(
      'sync',
      (d) => cpSync(join(d, 'places/fixture-town.yaml'), join(d, 'places/other-town.yml')),
      "content/places/other-town.yml: not read: this folder's entries are *.yaml files, one per entry, directly in it",
      'Rename the file to .yaml (or move it out of content/).',
    ),
  );

  t.test('a .md file among the .mdx files, which the loader would skip', () =>
    expectError(
      'sync',
      (d) => cpSync(join(d, 'explainers/fixture-page.mdx'), join(d, 'explainers/notes.md')),
      "content/explainers/notes.md: not read: this folder's entries are *.mdx files, one per entry, directly in it",
      'Rename the file to .mdx (or move it out of content/).',
    ),
  );

  t.test('an unknown source id in an event', () =>
    expectError(
      'build',
      (d) =>
        edit(d, 'events/2020-10-10-fixture-event.yaml', (s) =>
          s.replace('sources: [fixture-report]', 'sources: [fixture-report, no-such-source]'),
        ),
      'content/events/2020-10-10-fixture-event.yaml:7: field "sources[1]": unknown source id "no-such-source" (no file content/sources/no-such-source.yaml)',
      UNKNOWN,
    ),
  );

  t.test('an unknown place id in an event, with the nearest id', () =>
    expectError(
      'build',
      (d) =>
        edit(d, 'events/2020-10-10-fixture-event.yaml', (s) =>
          s.replace('places: [fixture-town]', 'places: [fixture-twon]'),
        ),
      'content/events/2020-10-10-fixture-event.yaml:6: field "places[0]": unknown place id "fixture-twon" (no file content/places/fixture-twon.yaml); did you mean "fixture-town"?',
      UNKNOWN,
    ),
  );

  t.test('an unknown source id in a citation, with the nearest id', () =>
    expectError(
      'build',
      (d) =>
        edit(d, 'explainers/fixture-page.mdx', (s) => s.replace('again.[@fixture-report]', 'again.[@fixture-reprt]')),
      'content/explainers/fixture-page.mdx:23: citation [@fixture-reprt]: unknown source id "fixture-reprt" (no file content/sources/fixture-reprt.yaml); did you mean "fixture-report"?',
      UNKNOWN,
    ),
  );

  t.test('an unknown place id in <Place>', () =>
    expectError(
      'build',
      (d) =>
        edit(d, 'explainers/fixture-page.mdx', (s) =>
          s.replace('<Place id="fixture-town" /> is', '<Place id="atlantis" /> is'),
        ),
      'content/explainers/fixture-page.mdx:19: <Place id="atlantis">: unknown place id "atlantis" (no file content/places/atlantis.yaml)',
      UNKNOWN,
    ),
  );

  t.test('an unknown term id in <Term>', () =>
    expectError(
      'build',
      (d) =>
        edit(d, 'explainers/fixture-page.mdx', (s) =>
          s.replace('<Term id="fixture-term">', '<Term id="no-such-term">'),
        ),
      'content/explainers/fixture-page.mdx:19: <Term id="no-such-term">: unknown term id "no-such-term" (no file content/terms/no-such-term.yaml)',
      UNKNOWN,
    ),
  );

  t.test('an unknown person id in <Person>', () =>
    expectError(
      'build',
      (d) =>
        edit(d, 'explainers/fixture-page.mdx', (s) =>
          s.replace('<Person id="fixture-person" />', '<Person id="nobody" />'),
        ),
      'content/explainers/fixture-page.mdx:19: <Person id="nobody">: unknown person id "nobody" (no file content/people/nobody.yaml)',
      UNKNOWN,
    ),
  );

  t.test('a raw <img> of a file that public/ does not have', () =>
    expectError(
      'build',
      (d) =>
        edit(d, 'explainers/fixture-page.mdx', (s) =>
          s.replace('## Second section', '<img src="/images/nowhere.png" alt="Nowhere" />\n\n## Second section'),
        ),
      'content/explainers/fixture-page.mdx:21: <img src="/images/nowhere.png">: no such file in public/',
      PUBLIC,
    ),
  );

  t.test('a link to a file that public/ does not have', () =>
    expectError(
      'build',
      (d) =>
        edit(d, 'explainers/fixture-page.mdx', (s) =>
          s.replace('cites the report again.', 'cites [the report](/files/report.pdf) again.'),
        ),
      'content/explainers/fixture-page.mdx:23: link "/files/report.pdf": no such file in public/',
      PUBLIC,
    ),
  );

  t.test('a malformed citation', () =>
    expectError(
      'build',
      (d) =>
        edit(d, 'explainers/fixture-page.mdx', (s) => s.replace('again.[@fixture-report]', 'again.[@Fixture Report]')),
      'content/explainers/fixture-page.mdx:23: malformed citation "[@Fixture Report]": write [@source-id], [@source-id, locator] or [@a; @b]',
      'Cite as [@source-id], with an id of lower-case letters, digits and hyphens.',
    ),
  );

  t.test('an unclosed MDX tag', () =>
    expectError(
      'build',
      (d) =>
        edit(d, 'explainers/fixture-page.mdx', (s) =>
          s.replace('## Second section', '## Second section\n\n<KeyFacts>\n\nunclosed'),
        ),
      'content/explainers/fixture-page.mdx:23: MDX syntax: Expected a closing tag for `<KeyFacts>`',
      'Close every component: <KeyFacts>…</KeyFacts>, or <Place id="…" /> with its slash; leave a blank line after an opening tag and before a closing one.',
    ),
  );

  t.test('a <Note> in a block of its own', () =>
    expectError(
      'build',
      (d) =>
        edit(d, 'explainers/fixture-page.mdx', (s) =>
          s.replace('## Second section', '<Note>\n\nA note.\n\n</Note>\n\n## Second section'),
        ),
      'content/explainers/fixture-page.mdx:21: <Note> stands in a block of its own',
      'Write a note inline, right after the sentence it belongs to: …sentence.[@source-id]<Note>Which outlet said what.</Note>',
    ),
  );

  t.test('a <Note> inside a <Note>', () =>
    expectError(
      'build',
      (d) =>
        edit(d, 'explainers/fixture-page.mdx', (s) =>
          s.replace('again.[@fixture-report]', 'again.[@fixture-report]<Note>Outer <Note>inner</Note>.</Note>'),
        ),
      'content/explainers/fixture-page.mdx:23: <Note> inside a <Note>',
      'Notes are not nested: put the detail in the same note.',
    ),
  );

  t.test('an empty <Note>', () =>
    expectError(
      'build',
      (d) =>
        edit(d, 'explainers/fixture-page.mdx', (s) =>
          s.replace('again.[@fixture-report]', 'again.[@fixture-report]<Note> </Note>'),
        ),
      'content/explainers/fixture-page.mdx:23: <Note> is empty',
      'Write a note inline, right after the sentence it belongs to: …sentence.[@source-id]<Note>Which outlet said what.</Note>',
    ),
  );

  // The bibliography's checks (issue 14).
  t.test('two sources with the same URL', () =>
    expectFailure(
      'build',
      (d) =>
        writeFileSync(
          join(d, 'sources/fixture-report-again.yaml'),
          readFileSync(join(d, 'sources/fixture-report.yaml'), 'utf8').replace(
            'https://example.org/',
            'http://www.example.org/',
          ),
        ),
      /sources\/fixture-report-again\.yaml: field "url": the same URL as \S*sources\/fixture-report\.yaml/,
    ),
  );

  t.test('a url on a copy host', () =>
    expectFailure(
      'build',
      (d) =>
        edit(d, 'sources/fixture-report.yaml', (s) =>
          s.replace('https://example.org/fixture-report', 'https://docslib.org/doc/1/fixture-report'),
        ),
      /sources\/fixture-report\.yaml: field "url": \S+ is on a copy, cache, preview or IP host \(docslib\.org/,
    ),
  );

  t.test('a url on a raw IP address', () =>
    expectFailure(
      'build',
      (d) =>
        edit(d, 'sources/fixture-report.yaml', (s) =>
          s.replace('https://example.org/fixture-report', 'http://206.189.44.186/fixture-report'),
        ),
      /sources\/fixture-report\.yaml: field "url": \S+ is on a copy, cache, preview or IP host \(a raw IP address/,
    ),
  );

  t.test('accessed before published', () =>
    expectFailure(
      'sync',
      (d) => edit(d, 'sources/fixture-report.yaml', (s) => s.replace(/accessed: .*/, 'accessed: "2019-01-01"')),
      'fixture-report',
      'accessed (2019-01-01) is before published (2020-10-10)',
    ),
  );

  t.test('a date after the day of the build', () =>
    expectFailure(
      'sync',
      (d) => edit(d, 'sources/fixture-report.yaml', (s) => s.replace(/accessed: .*/, 'accessed: "2999-01-01"')),
      'fixture-report',
      /field "accessed": 2999-01-01 is after the day of the build/,
    ),
  );

  t.test('a source saved as .yml, which the loader would skip', () =>
    expectFailure(
      'sync',
      (d) => cpSync(join(d, 'sources/fixture-report.yaml'), join(d, 'sources/fixture-extra.yml')),
      "content/sources/fixture-extra.yml: not read: this folder's entries are *.yaml files, one per entry, directly in it",
    ),
  );

  t.test('an unknown document in <Clause>', () =>
    expectFailure(
      'build',
      (d) =>
        edit(d, 'explainers/fixture-page.mdx', (s) =>
          s.replace('<Clause doc="fixture-statement"', '<Clause doc="no-such-document"'),
        ),
      /explainers\/fixture-page\.mdx:\d+: unknown document "no-such-document" in <Clause>/,
    ),
  );

  t.test('an unknown point in <Clause>', () =>
    expectFailure(
      'build',
      (d) =>
        edit(d, 'explainers/fixture-page.mdx', (s) =>
          s.replace('<Clause doc="fixture-statement" point="2"', '<Clause doc="fixture-statement" point="9"'),
        ),
      /explainers\/fixture-page\.mdx:\d+: unknown point "9" of document "fixture-statement" in <Clause>/,
    ),
  );

  t.test('a document with an unknown clause status', () =>
    expectFailure(
      'sync',
      (d) => edit(d, 'documents/fixture-statement.yaml', (s) => s.replace('status: disputed', 'status: kept')),
      'fixture-statement',
      'status',
    ),
  );

  t.test('a document whose status cites an unknown source', () =>
    expectFailure(
      'build',
      (d) =>
        edit(d, 'documents/fixture-statement.yaml', (s) =>
          s.replace('statusSources: [fixture-report]\n    accounts', 'statusSources: [no-such-source]\n    accounts'),
        ),
      /documents\/fixture-statement\.yaml:\d+: field "clauses\[1\]\.statusSources\[0\]": unknown source id "no-such-source"/,
    ),
  );

  t.test('a document with a field the schema does not know', () =>
    expectFailure(
      'sync',
      (d) =>
        edit(d, 'documents/fixture-statement.yaml', (s) =>
          s.replace('kind: statement', 'kind: statement\nsignedAt: Moscow'),
        ),
      'fixture-statement',
      'signedAt',
    ),
  );

  t.test('a document with two clauses of one number', () =>
    expectFailure(
      'sync',
      (d) => edit(d, 'documents/fixture-statement.yaml', (s) => s.replace('  - n: 2', '  - n: 1')),
      'fixture-statement',
      'two clauses are numbered 1',
    ),
  );

  t.test('a contested term without its usage notes', () =>
    expectError(
      'sync',
      (d) => edit(d, 'terms/fixture-term.yaml', (s) => `${s}contested: true\n`),
      [
        'content/terms/fixture-term.yaml: field "usedBy": a contested term must say who uses it (usedBy), what it implies (implies) and what the site says instead (siteUses)',
        'content/terms/fixture-term.yaml: field "implies": a contested term must say who uses it (usedBy), what it implies (implies) and what the site says instead (siteUses)',
        'content/terms/fixture-term.yaml: field "siteUses": a contested term must say who uses it (usedBy), what it implies (implies) and what the site says instead (siteUses)',
      ].join('\n'),
      SCHEMA,
    ),
  );
  await t.all();
});
