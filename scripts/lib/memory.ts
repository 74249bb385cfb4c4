/**
 * Peak memory of a build: the resident memory of a process group (the
 * build, and what it starts, such as Pagefind), sampled from /proc while it
 * runs. Each sample sums VmRSS over the group; a process's own VmHWM (its
 * peak) also counts, so that a peak between two samples is not missed.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** A field of /proc/<pid>/status in bytes ("VmRSS:  123 kB"), 0 when absent. */
export function statusBytes(status: string, field: 'VmRSS' | 'VmHWM'): number {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(status);
  return m ? Number(m[1]) * 1024 : 0;
}

/** The process group of a process, from /proc/<pid>/stat (its fifth field, after the name in brackets). */
export function groupOf(stat: string): number {
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
}

const read = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return ''; // the process has gone
  }
};

function sample(group: number): number {
  let sum = 0;
  let highest = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    const stat = read(`/proc/${pid}/stat`);
    if (!stat || groupOf(stat) !== group) continue;
    const status = read(`/proc/${pid}/status`);
    sum += statusBytes(status, 'VmRSS');
    highest = Math.max(highest, statusBytes(status, 'VmHWM'));
  }
  return Math.max(sum, highest);
}

/** Samples the group every `everyMs`; the function returned stops and gives the peak in bytes. */
export function watchPeak(group: number, everyMs = 200): () => number {
  let peak = sample(group);
  const timer = setInterval(() => (peak = Math.max(peak, sample(group))), everyMs);
  return () => {
    clearInterval(timer);
    return peak;
  };
}
