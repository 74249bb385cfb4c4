/**
 * Checks over the files of the build, without a browser: every page is valid
 * HTML, and every internal link, #anchor and citation resolves.
 */
import { HtmlValidate, FileSystemConfigLoader, formatterFactory } from 'html-validate';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { test, expect, distDir } from './fixtures.ts';

const pages = (readdirSync(distDir, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.html'))
  .map((f) => join(distDir, f));

const html = new Map(pages.map((p) => [p, readFileSync(p, 'utf8')]));

/** The file a site path is served from: "/about/" → dist/about/index.html. */
function fileFor(path: string): string {
  const p = decodeURIComponent(path);
  if (p.endsWith('/')) return join(distDir, p, 'index.html');
  return join(distDir, p);
}

const ids = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  if (!ids.has(file)) {
    // A map's file (/maps/<id>.svg), which pages draw with <use href="…#group">, or a page.
    const text = html.get(file) ?? (file.endsWith('.svg') ? readFileSync(file, 'utf8') : '');
    ids.set(file, new Set([...text.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
  }
  return ids.get(file)!;
}

test('every built page is valid HTML', async () => {
  // Some 135 pages (a place and a person page each among them), the longest 650 KB: minutes on a busy machine.
  test.setTimeout(180_000);
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const format = formatterFactory('text');
  const failures: string[] = [];
  for (const file of pages) {
    const report = await validator.validateFile(file);
    if (!report.valid) failures.push(format(report.results));
  }
  expect(failures.join('\n'), 'html-validate errors').toBe('');
});

/** The Nu HTML Checker (vnu.jar, the W3C validator) needs a Java runtime; without one, this check is skipped. */
const java = spawnSync('java', ['-version']).status === 0;

test('every built page passes the Nu HTML Checker, without errors or warnings', () => {
  test.skip(
    !java,
    'No Java runtime: the Nu HTML Checker (vnu-jar) was skipped. Install one (Debian: apt-get install default-jre-headless) to run it; CI does.',
  );
  test.setTimeout(180_000);
  const jar = String(createRequire(import.meta.url)('vnu-jar'));
  const run = spawnSync('java', ['-jar', jar, '--skip-non-html', '--format', 'json', distDir], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const { messages } = JSON.parse(run.stderr) as {
    messages: { type: string; subType?: string; url: string; lastLine?: number; message: string }[];
  };
  const problems = messages
    .filter((m) => m.type === 'error' || m.subType === 'warning')
    .map(
      (m) =>
        `${relative(distDir, new URL(m.url).pathname)}:${m.lastLine ?? '?'}: ${m.type}${m.subType ? ` ${m.subType}` : ''}: ${m.message}`,
    );
  expect(problems, 'Nu HTML Checker errors and warnings').toEqual([]);
});

test('every internal link, #anchor, image and asset resolves', () => {
  const broken: string[] = [];
  for (const [file, text] of html) {
    const page = `/${relative(distDir, file).replace(/index\.html$/, '')}`;
    const srcsets = [...text.matchAll(/\ssrcset="([^"]*)"/g)].flatMap((m) =>
      m[1]!.split(',').map((c) => c.trim().split(/\s+/)[0]!),
    );
    for (const raw0 of [...[...text.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!), ...srcsets]) {
      const raw = raw0.replaceAll('&amp;', '&');
      if (/^(https?:|mailto:|data:)/.test(raw)) continue;
      const url = new URL(raw, `http://site${page}`);
      if (url.host !== 'site') continue;
      const target = fileFor(url.pathname);
      if (!existsSync(target)) {
        broken.push(`${page}: ${raw} (no ${relative(distDir, target)})`);
        continue;
      }
      if (url.hash && /\.(html|svg)$/.test(target) && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) {
        broken.push(`${page}: ${raw} (no id "${url.hash.slice(1)}" on ${url.pathname})`);
      }
    }
  }
  // Assets the stylesheets load (fonts, images): url(...) relative to the stylesheet.
  for (const css of (readdirSync(distDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.css'))) {
    for (const m of readFileSync(join(distDir, css), 'utf8').matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
      if (/^(data:|https?:|#)/.test(m[1]!)) continue;
      const url = new URL(m[1]!, `http://site/${css}`);
      if (!existsSync(fileFor(url.pathname))) broken.push(`${css}: url(${m[1]})`);
    }
  }
  expect(broken, 'broken internal links').toEqual([]);
});

test('every citation on an explainer points at an entry in its References', () => {
  const problems: string[] = [];
  let citations = 0;
  for (const [file, text] of html) {
    for (const m of text.matchAll(/<a class="cite" id="([^"]+)" href="#(ref-\d+)"/g)) {
      citations++;
      if (!idsOf(file).has(m[2]!)) problems.push(`${relative(distDir, file)}: citation ${m[1]} → missing #${m[2]}`);
    }
  }
  expect(citations, 'the citations are found').toBeGreaterThan(0);
  expect(problems).toEqual([]);
});

test('no page links to an address on another origin by script, style or image', () => {
  const offsite: string[] = [];
  for (const [file, text] of html) {
    for (const m of text.matchAll(/<(script|link|img|iframe|source)\b[^>]*\s(?:src|href)="(https?:[^"]+)"/g)) {
      if (m[1] === 'link' && !/rel="(stylesheet|preload|icon|modulepreload)"/.test(m[0])) continue;
      offsite.push(`${relative(distDir, file)}: <${m[1]}> ${m[2]}`);
    }
  }
  expect(offsite).toEqual([]);
});
