import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyHost, copyHostUrls, duplicateUrls, urlKey } from './source-checks.ts';

test('copy, cache, preview and IP hosts are recognised, with the reason; publishers’ own hosts are not', () => {
  assert.match(copyHost('https://docslib.org/doc/1/x')!, /^docslib\.org: a document-sharing site/);
  assert.match(copyHost('https://db0nus869y26v.cloudfront.net/en/Shusha')!, /^cloudfront\.net/);
  assert.match(copyHost('https://bafy.ipfs.dweb.link/wiki/X')!, /^dweb\.link/);
  assert.match(copyHost('http://206.189.44.186/w/index.php')!, /raw IP address/);
  assert.equal(copyHost('https://www.hrw.org/report/1993/07/01/x'), undefined);
  assert.equal(copyHost('https://en.wikipedia.org/wiki/Shusha'), undefined);
  assert.equal(
    copyHost('https://notdocslib.org/x'),
    undefined,
    'a host that only ends with the same letters is not a match',
  );
});

test('URLs that differ only in scheme, "www." or a trailing slash are the same URL', () => {
  assert.equal(urlKey('http://www.Example.org/a/'), urlKey('https://example.org/a'));
  assert.notEqual(urlKey('https://example.org/a?id=1'), urlKey('https://example.org/a?id=2'));
});

test('a duplicate URL is reported on the later file, naming the earlier one and the field', () => {
  const problems = duplicateUrls([
    { id: 'b-source', data: { url: 'https://example.org/a/' } },
    { id: 'a-source', data: { url: 'http://www.example.org/a' } },
    { id: 'c-source', data: { url: 'https://example.org/c' } },
  ]);
  assert.deepEqual(problems, [
    {
      file: 'sources/b-source.yaml',
      message: 'field "url": the same URL as sources/a-source.yaml; merge the two sources into one',
    },
  ]);
});

test('a url on a copy host fails unless the source waits for its original and names the copy as readAt', () => {
  const copy = 'https://docslib.org/doc/1/report';
  const { problems, warnings } = copyHostUrls(
    [
      { id: 'a-copy', data: { url: copy } },
      { id: 'b-pending', data: { url: copy, readAt: copy } },
      { id: 'c-pending-no-readat', data: { url: copy } },
      { id: 'd-original', data: { url: 'https://www.hrw.org/report', readAt: copy } },
    ],
    { 'b-pending': 'not found on hrw.org', 'c-pending-no-readat': 'not found' },
  );
  assert.equal(problems.length, 2);
  assert.equal(problems[0]!.file, 'sources/a-copy.yaml');
  assert.match(problems[0]!.message, /^field "url": https:\/\/docslib\.org\/doc\/1\/report is on a copy/);
  assert.equal(problems[1]!.file, 'sources/c-pending-no-readat.yaml');
  assert.match(problems[1]!.message, /^field "url"/);
  assert.deepEqual(warnings, [
    'sources/b-pending.yaml: field "url": only a copy (docslib.org: a document-sharing site that re-hosts other publishers’ documents); not found on hrw.org',
  ]);
});
