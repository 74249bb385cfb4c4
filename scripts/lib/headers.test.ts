import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headersFor, matches, parseHeaders } from './headers.ts';

const file = `# comment
/*
  X-Content-Type-Options: nosniff
  Content-Security-Policy: default-src 'self'; img-src 'self' data:

/pagefind/*
  Cache-Control: public, max-age=3600
`;

test('parseHeaders reads rules and keeps colons inside values', () => {
  const rules = parseHeaders(file);
  assert.equal(rules.length, 2);
  assert.deepEqual(rules[0]!.headers[1], ['Content-Security-Policy', "default-src 'self'; img-src 'self' data:"]);
});

test('parseHeaders rejects a header line outside any rule', () => {
  assert.throws(() => parseHeaders('  X-A: b'), /cannot read line/);
});

test('matches handles wildcards and exact paths', () => {
  assert.equal(matches('/*', '/anything/'), true);
  assert.equal(matches('/pagefind/*', '/pagefind/x.js'), true);
  assert.equal(matches('/pagefind/*', '/about/'), false);
  assert.equal(matches('/about/', '/about/'), true);
});

test('headersFor collects the headers of every matching rule', () => {
  const names = headersFor(parseHeaders(file), '/pagefind/ui.js').map(([k]) => k);
  assert.deepEqual(names, ['X-Content-Type-Options', 'Content-Security-Policy', 'Cache-Control']);
});
