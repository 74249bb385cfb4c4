/**
 * A production build without SITE_URL would write localhost into canonical links, the sitemap and the
 * open data: it must stop at once and say what to do. A local build asks for localhost with --site.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

const project = new URL('../../', import.meta.url).pathname;

test('astro build without SITE_URL fails and says how to set it', () => {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  delete env.SITE_URL;
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', '/nonexistent'], {
    cwd: project,
    env,
    encoding: 'utf8',
  });
  assert.equal(r.status, 1);
  assert.equal(
    r.stderr,
    'SITE_URL is not set: the build would write http://localhost:4321 into canonical links, the sitemap and the open data.\n' +
      '  Set the public address:  SITE_URL=https://example.org npm run build\n' +
      '  or, for a local build:   npm run build:local\n',
  );
});
