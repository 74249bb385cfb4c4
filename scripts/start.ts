/**
 * `npm start`: builds the site, then serves it in this same process, so that
 * stopping npm stops the server. The script runs as `exec node …`, so the
 * shell npm starts is replaced by this process: npm's direct child, to which
 * npm passes SIGTERM and SIGINT. (`npm run build && npm run serve` put a shell
 * and a second npm in between, and stopping npm by its process id left the
 * server running.) Should npm die without passing a signal on (SIGKILL), this
 * process notices that its parent has gone and exits too.
 */
import { spawn } from 'node:child_process';

// The build runs in its own process group, so that stopping it stops the
// shell, Astro and Pagefind under it as well.
const npm = process.env.npm_execpath;
const build = spawn(npm ? process.execPath : 'npm', [...(npm ? [npm] : []), 'run', 'build:local'], {
  stdio: 'inherit',
  detached: true,
});
let building = true;

function quit(code: number): never {
  if (building && build.pid) {
    try {
      process.kill(-build.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  process.exit(code);
}
process.once('SIGINT', () => quit(130)).once('SIGTERM', () => quit(143));
const parent = process.ppid;
setInterval(() => process.ppid !== parent && quit(1), 500).unref();

const code = await new Promise<number | null>((resolve) => build.once('exit', resolve));
building = false;
if (code !== 0) process.exit(code ?? 1);
await import('./serve.ts');
