/**
 * One `astro build` as a child of the benchmark: its wall time, the peak memory of it and its children,
 * and the time and peak memory of its indexer (Pagefind) apart.
 */
import { join } from 'node:path';
import { finished, start } from './processes.ts';
import { watchPeak, type Watched } from './memory.ts';

export interface BuildCost extends Watched {
  ms: number;
}

/** Runs Astro's CLI from `root`'s node_modules with `args`, in `cwd`, and fails the benchmark, naming `name`, if it fails. */
export async function astroBuild(
  root: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
  name: string,
): Promise<BuildCost> {
  const started = performance.now();
  const build = start(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...args], {
    ...options,
    env: { ...options.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // The build runs in its own process group (start()), whose id is its pid.
  const stopWatching = watchPeak(build.pid!);
  let watched: Watched;
  try {
    await finished(build, name);
  } finally {
    watched = stopWatching();
  }
  return { ms: performance.now() - started, ...watched };
}
