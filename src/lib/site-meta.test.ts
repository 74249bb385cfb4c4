import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentTitle, SITE_NAME, TITLE_MAX } from './site-meta.ts';

test('documentTitle adds the site name when the whole fits', () => {
  assert.equal(documentTitle('Glossary'), `Glossary · ${SITE_NAME}`);
});

test('documentTitle leaves the site name off a long page title, and never doubles it', () => {
  const long = 'Timeline: The 2020 war, 27 September – 10 November 2020';
  assert.equal(documentTitle(long), long);
  assert.ok(documentTitle(long).length <= TITLE_MAX);
  assert.equal(documentTitle(SITE_NAME), SITE_NAME);
});
