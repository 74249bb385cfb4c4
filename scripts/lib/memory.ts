/**
 * Peak memory of a build: the resident memory of a process group (the
 * build, and what it starts, such as Pagefind), sampled from /proc while it
 * runs. Each sample sums VmRSS over the group; a process's own VmHWM (its
 * peak) also counts, so that a peak between two samples is not missed.
 * The indexer (Pagefind's binary, which the site's build runs as a service
 * while it indexes) is also measured on its own: its peak memory, and how
 * long it ran, so that a build with a search index can be set beside one
 * without (README: The benchmark).
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

/** Pagefind's binary (pagefind or pagefind_extended; the kernel keeps 15 characters of a name). */
const INDEXER = /^Name:\s+pagefind/m;

/** The memory of some processes at one moment: all of them, the indexer's, and the rest. */
export interface Sample {
  all: number;
  indexer: number;
  rest: number;
}

/** One sample from the /proc/<pid>/status texts of a group's processes. */
export function sampleOf(statuses: string[]): Sample {
  const part = (list: string[]) =>
    Math.max(
      list.reduce((sum, s) => sum + statusBytes(s, 'VmRSS'), 0),
      ...list.map((s) => statusBytes(s, 'VmHWM')),
    );
  const indexer = statuses.filter((s) => INDEXER.test(s));
  const rest = statuses.filter((s) => !INDEXER.test(s));
  return { all: part(statuses), indexer: part(indexer), rest: part(rest) };
}

const read = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return ''; // the process has gone
  }
};

function statusesOf(group: number): string[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((pid) => {
      const stat = read(`/proc/${pid}/stat`);
      return stat !== '' && groupOf(stat) === group;
    })
    .map((pid) => read(`/proc/${pid}/status`));
}

/** What watching a build found: peak memory, of it all, of the indexer and of the rest, and the indexer's time. */
export interface Watched {
  peakBytes: number;
  indexerPeakBytes: number;
  restPeakBytes: number;
  /** From the first sample that saw the indexer to the last, so to within a sample's interval; 0 if never seen. */
  indexerMs: number;
}

/** Samples the group every `everyMs`; the function returned stops and gives what it found. */
export function watchPeak(group: number, everyMs = 200): () => Watched {
  const peak = { all: 0, indexer: 0, rest: 0 };
  let indexerFrom: number | undefined;
  let indexerTo = 0;
  const take = () => {
    const s = sampleOf(statusesOf(group));
    peak.all = Math.max(peak.all, s.all);
    peak.indexer = Math.max(peak.indexer, s.indexer);
    peak.rest = Math.max(peak.rest, s.rest);
    if (s.indexer > 0) {
      indexerFrom ??= performance.now();
      indexerTo = performance.now();
    }
  };
  take();
  const timer = setInterval(take, everyMs);
  return () => {
    clearInterval(timer);
    return {
      peakBytes: peak.all,
      indexerPeakBytes: peak.indexer,
      restPeakBytes: peak.rest,
      indexerMs: indexerFrom === undefined ? 0 : indexerTo - indexerFrom,
    };
  };
}
