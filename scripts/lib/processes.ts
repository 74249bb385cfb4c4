/**
 * The benchmark's children and temporary folders, undone on every way out:
 * normal end, error, SIGINT (Ctrl-C), SIGTERM. Children run in their own
 * process groups, so that stopping one stops what it started (a build's
 * Pagefind, a shell's node). On exit, whatever is still registered is killed
 * and deleted synchronously: that also covers `process.exit()` from anywhere.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const children = new Set<ChildProcess>();
const folders = new Set<string>();
const closers = new Set<() => Promise<unknown>>();

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // the group has already gone
  }
}

/** Spawns a child in its own process group, killed with its group if the benchmark stops first. */
export function start(command: string, args: string[], options: SpawnOptions = {}): ChildProcess {
  const child = spawn(command, args, { ...options, detached: true });
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

/** Stops a child started with start(), and its group. */
export function stop(child: ChildProcess) {
  killGroup(child, 'SIGTERM');
  children.delete(child);
}

/** Waits for a child; rejects, naming it, when it fails. */
export function finished(child: ChildProcess, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`${name} failed (${signal ? `signal ${signal}` : `exit code ${code}`})`)),
    );
  });
}

/** A new temporary folder nk-bench-<name>-*, deleted however the benchmark ends. */
export function tempFolder(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `nk-bench-${name}-`));
  folders.add(dir);
  return dir;
}

export function removeFolder(dir: string) {
  rmSync(dir, { recursive: true, force: true });
  folders.delete(dir);
}

/** Something to close before exiting (a browser): awaited on every way out, for at most 10 s. */
export function onClose(close: () => Promise<unknown>) {
  closers.add(close);
}

function cleanUpNow() {
  for (const child of children) killGroup(child, 'SIGKILL');
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
}

async function exit(code: number): Promise<never> {
  const all = Promise.allSettled([...closers].map((close) => close()));
  await Promise.race([all, new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
  process.exit(code);
}

/** The exit code once the benchmark has begun to stop. */
let stopping: number | undefined;

function stopWith(code: number): Promise<never> {
  if (stopping !== undefined) return new Promise(() => {}); // already on the way out
  stopping = code;
  return exit(code);
}

/** Ends the benchmark now with an error (also when a child dies under it). */
export function fail(error: unknown): Promise<never> {
  if (stopping === undefined) console.error(error instanceof Error ? `bench: ${error.message}` : error);
  return stopWith(1);
}

/** Runs the benchmark: exit code 0 when it completes, 1 on any error, 130 on SIGINT, 143 on SIGTERM. */
export async function run(main: () => Promise<void>): Promise<never> {
  process.on('exit', cleanUpNow);
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const) {
    process.on(signal, () => {
      if (stopping !== undefined) process.exit(stopping); // a second signal: no more waiting
      console.error(`bench: ${signal}, stopping and cleaning up`);
      void stopWith(code);
    });
  }
  try {
    await main();
  } catch (error) {
    return fail(error);
  }
  return stopWith(0);
}
