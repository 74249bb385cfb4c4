/** One `astro build` as a child of the benchmark: its wall time and the peak memory of it and its children. */
import { join } from 'node:path';
import { finished, start } from './processes.ts';
import { watchPeak } from './memory.ts';

export interface BuildCost {
  ms: number;
  peakBytes: number;
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
  let peakBytes = 0;
  try {
    await finished(build, name);
  } finally {
    peakBytes = stopWatching();
  }
  return { ms: performance.now() - started, peakBytes };
}
