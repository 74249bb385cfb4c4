/** The site's own server (scripts/serve.ts) on a free port, as a child of the benchmark. */
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fail, start, stop } from './processes.ts';

export interface Served {
  base: string;
  close: () => void;
}

/** Serves `dist` on a port the system picks; fails the benchmark if the server dies while in use. */
export function serve(root: string, dist: string): Promise<Served> {
  const child = start(process.execPath, ['--experimental-strip-types', join(root, 'scripts/serve.ts')], {
    env: { ...process.env, DIST_DIR: dist, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let closing = false;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server for ${dist} did not start within 30 s`)), 30_000);
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk;
      const port = output.match(/localhost:(\d+)/)?.[1];
      if (!port) return;
      clearTimeout(timer);
      child.stdout!.removeAllListeners('data').resume();
      resolve({
        base: `http://localhost:${port}`,
        close: () => {
          closing = true;
          stop(child);
        },
      });
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      const error = new Error(`the server for ${dist} exited (${signal ?? `exit code ${code}`})`);
      if (!closing) void fail(error); // before it was ready, or while in use
    });
  });
}

/** A port free right now: the system picks it for a listener on port 0, which is then closed. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
