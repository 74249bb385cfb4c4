/**
 * Bad content must fail the build with a message that names the file and the
 * field or id. Each case copies the small fixture site in
 * tests/fixtures/site/content, breaks one thing, builds it, and checks the
 * message. The first case proves the untouched fixture builds. The site's
 * real places and events (and the sources they cite) come along, because the
 * maps draw them.
 */
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const fixture = new URL('../fixtures/site/content/', import.meta.url).pathname;
const realContent = new URL('../../content/', import.meta.url).pathname;
const project = new URL('../../', import.meta.url).pathname;
const astro = join(project, 'node_modules/astro/bin/astro.mjs');

/** Builds the fixture after `breakIt` edits it; returns the exit status and all output. */
async function build(breakIt: (dir: string) => void) {
  const tmp = mkdtempSync(join(tmpdir(), 'nk-bad-content-'));
  const content = join(tmp, 'content');
  cpSync(fixture, content, { recursive: true });
  for (const dir of ['places', 'sources', 'events']) cpSync(join(realContent, dir), join(content, dir), { recursive: true });
  breakIt(content);
  // Astro writes the content modules of a build into <root>/.astro/: each build gets its own root, a copy
  // of the project's code, so that builds running side by side never read each other's content (Astro
  // does not follow a linked src/; node_modules can be linked).
  const root = join(tmp, 'root');
  for (const f of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(project, f), join(root, f), { recursive: true });
  symlinkSync(join(project, 'node_modules'), join(root, 'node_modules'));
  try {
    const { stdout, stderr } = await run(process.execPath, [astro, 'build', '--site', 'http://localhost:4321', '--root', root, '--outDir', join(tmp, 'dist')], {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: content, ASTRO_CACHE_DIR: join(tmp, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
      maxBuffer: 16 * 1024 * 1024,
    });
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    const e = error as { stdout: string; stderr: string };
    return { ok: false, output: e.stdout + e.stderr };
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

/** Fails unless the build failed and its output has every expected fragment. */
async function expectFailure(breakIt: (dir: string) => void, ...expected: (string | RegExp)[]) {
  const { ok, output } = await build(breakIt);
  assert.equal(ok, false, `the build should have failed:\n${output}`);
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
    test: (name: string, fn: () => Promise<unknown>) => void running.push(parent.test(name, async () => void (await fn()))),
    all: () => Promise.all(running),
  };
}

test('bad content fails the build, naming the file and the field or id', { concurrency: 4 }, async (parent) => {
  const t = concurrently(parent);
  await t.test('the untouched fixture builds', async () => {
    const { ok, output } = await build(() => {});
    assert.equal(ok, true, output);
  });

  await t.test('a bad date in a source', () =>
    expectFailure(
      (d) => edit(d, 'sources/fixture-report.yaml', (s) => s.replace(/published: .*/, 'published: "2020-13-45"')),
      'fixture-report',
      'published',
    ));

  await t.test('an impossible partial date in an event', () =>
    expectFailure(
      (d) => edit(d, 'events/2020-10-10-fixture-event.yaml', (s) => s.replace('"2020-10-10"', '"2020-02-30"')),
      '2020-10-10-fixture-event',
      'date',
    ));

  await t.test('a bad time of day in an event', () =>
    expectFailure(
      (d) => edit(d, 'events/2020-10-10-fixture-event.yaml', (s) => s.replace('date: "2020-10-10"', 'date: "2020-10-10"\ntime: "25:00"')),
      '2020-10-10-fixture-event',
      'time',
    ));

  await t.test('an unquoted date, which YAML would roll over silently', () =>
    expectFailure(
      (d) => edit(d, 'sources/fixture-report.yaml', (s) => s.replace(/published: .*/, 'published: 2020-02-30')),
      'fixture-report',
      'published',
      'expected a date in quotes',
    ));

  await t.test('a bad lastReviewed date in an explainer', () =>
    expectFailure(
      (d) => edit(d, 'explainers/fixture-page.mdx', (s) => s.replace(/lastReviewed: .*/, 'lastReviewed: "last week"')),
      'fixture-page',
      'lastReviewed',
    ));

  await t.test('a missing title in an explainer', () =>
    expectFailure(
      (d) => edit(d, 'explainers/fixture-page.mdx', (s) => s.replace(/^title: .*\n/m, '')),
      'fixture-page',
      'title',
    ));

  await t.test('a missing required field in a source', () =>
    expectFailure(
      (d) => edit(d, 'sources/fixture-reference.yaml', (s) => s.replace(/^publisher: .*\n/m, '')),
      'fixture-reference',
      'publisher',
    ));

  await t.test('a duplicate id (two files whose names map to one id)', () =>
    expectFailure(
      (d) => cpSync(join(d, 'places/fixture-town.yaml'), join(d, 'places/Fixture-Town.yaml')),
      'places/Fixture-Town.yaml: bad file name',
    ));

  await t.test('an unknown source id in an event', () =>
    expectFailure(
      (d) => edit(d, 'events/2020-10-10-fixture-event.yaml', (s) => s.replace('sources: [fixture-report]', 'sources: [fixture-report, no-such-source]')),
      'events/2020-10-10-fixture-event.yaml: field "sources[1]": unknown sources id "no-such-source"',
    ));

  await t.test('an unknown place id in an event', () =>
    expectFailure(
      (d) => edit(d, 'events/2020-10-10-fixture-event.yaml', (s) => s.replace('places: [fixture-town]', 'places: [atlantis]')),
      'events/2020-10-10-fixture-event.yaml: field "places[0]": unknown places id "atlantis"',
    ));

  await t.test('an unknown source id in a citation', () =>
    expectFailure(
      (d) => edit(d, 'explainers/fixture-page.mdx', (s) => s.replace('again.[@fixture-report]', 'again.[@no-such-source]')),
      /explainers\/fixture-page\.mdx:\d+: unknown source id "no-such-source"/,
    ));

  await t.test('an unknown place id in <Place>', () =>
    expectFailure(
      (d) => edit(d, 'explainers/fixture-page.mdx', (s) => s.replace('<Place id="fixture-town" /> is', '<Place id="atlantis" /> is')),
      /explainers\/fixture-page\.mdx:\d+: unknown place id "atlantis"/,
    ));

  await t.test('an unknown term id in <Term>', () =>
    expectFailure(
      (d) => edit(d, 'explainers/fixture-page.mdx', (s) => s.replace('<Term id="fixture-term">', '<Term id="no-such-term">')),
      /explainers\/fixture-page\.mdx:\d+: unknown term id "no-such-term"/,
    ));

  await t.test('an unknown person id in <Person>', () =>
    expectFailure(
      (d) => edit(d, 'explainers/fixture-page.mdx', (s) => s.replace('<Person id="fixture-person" />', '<Person id="nobody" />')),
      /explainers\/fixture-page\.mdx:\d+: unknown person id "nobody"/,
    ));

  await t.test('a malformed citation', () =>
    expectFailure(
      (d) => edit(d, 'explainers/fixture-page.mdx', (s) => s.replace('again.[@fixture-report]', 'again.[@Fixture Report]')),
      /explainers\/fixture-page\.mdx:\d+: malformed citation/,
    ));

  await t.test('an MDX syntax error', () =>
    expectFailure(
      (d) => edit(d, 'explainers/fixture-page.mdx', (s) => s.replace('## Second section', '## Second section\n\n<KeyFacts>\n\nunclosed')),
      'fixture-page.mdx',
      /KeyFacts/,
    ));

  await t.test('a contested term without its usage notes', () =>
    expectFailure(
      (d) => edit(d, 'terms/fixture-term.yaml', (s) => `${s}contested: true\n`),
      'fixture-term',
      'siteUses',
    ));
  await t.all();
});
