import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { en } from './en.ts';
import { lang, t } from './index.ts';

const SRC = new URL('..', import.meta.url).pathname;

/** Every .astro and .ts file under src/, tests and this folder left out. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return path === join(SRC, 'i18n') ? [] : sources(path);
    return /\.(astro|ts)$/.test(e.name) && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

test('every key of the wording is used somewhere in src/, as a literal t() call', () => {
  const code = sources(SRC)
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  const used = new Set([...code.matchAll(/\bt(?:r)?\(\s*'([\w.]+)'/g)].map((m) => m[1]!));
  const unused = Object.keys(en).filter((k) => !used.has(k));
  assert.deepEqual(unused, [], 'keys no page uses: remove them from src/i18n/en.ts');
  const unknown = [...used].filter((k) => !(k in en));
  assert.deepEqual(unknown, [], 'keys used but not in src/i18n/en.ts');
});

test('t fills every parameter, however often it appears, and leaves a string without parameters as it is', () => {
  assert.equal(t('meta.lastReviewed'), 'Last reviewed');
  assert.equal(t('references.backTo', { n: 3 }), 'Back to citation 3');
  assert.equal(t('cite.sourceAt', { n: 2, locator: 'para. 1' }), 'Source 2, para. 1');
  assert.equal(
    t('clause.verbatim', { name: 'point 6', language: 'English', publishedBy: 'kremlin.ru' }),
    'The text of point 6, English version published by kremlin.ru.',
  );
});

test('t refuses a parameter left out, rather than print "{n}" to readers', () => {
  // @ts-expect-error: the type requires n; the check is for callers that cast.
  assert.throws(() => t('references.backTo', {}), /no value for \{n\}/);
});

test('the pages declare British English', () => {
  assert.equal(lang, 'en-GB');
  for (const [key, text] of Object.entries(en))
    assert.doesNotMatch(text, /\b(?:color|center|license)\b/, `${key}: British spelling`);
});
