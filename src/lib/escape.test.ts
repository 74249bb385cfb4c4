import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeMarkup } from './escape.ts';

test('escapeMarkup writes &, <, > and " as entities, ampersands first, and leaves the rest', () => {
  assert.equal(escapeMarkup('a & b <c> "d" \'e\' Şuşa'), "a &amp; b &lt;c&gt; &quot;d&quot; 'e' Şuşa");
  assert.equal(escapeMarkup('&lt;'), '&amp;lt;');
});
