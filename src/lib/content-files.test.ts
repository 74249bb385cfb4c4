import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strayFiles } from './content-files.ts';

test('strayFiles lists what a *.yaml loader would skip, but not hidden files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nk-stray-'));
  for (const f of ['a.yaml', 'b.yml', 'c.md', '.gitkeep']) writeFileSync(join(dir, f), '');
  mkdirSync(join(dir, 'nested'));
  assert.deepEqual(strayFiles(dir, 'yaml').sort(), ['b.yml', 'c.md', 'nested/']);
});
