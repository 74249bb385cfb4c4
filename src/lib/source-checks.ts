/**
 * Checks on the bibliography that a schema cannot make one entry at a time,
 * or that need a list of hosts. Each returns faults that name the file and
 * the field, and the build fails on any.
 */
import { COPY_HOSTS, PENDING_ORIGINALS } from '../data/copy-hosts.ts';
import type { Fault } from './content-error.ts';

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** Why a URL's host is a copy, cache, preview or IP address, or undefined for a publisher's own host. */
export function copyHost(url: string): string | undefined {
  const host = new URL(url).hostname.toLowerCase();
  if (IPV4.test(host) || host.startsWith('[')) return 'a raw IP address, not a publisher’s host';
  for (const [known, why] of Object.entries(COPY_HOSTS)) {
    if (host === known || host.endsWith(`.${known}`)) return `${known}: ${why}`;
  }
  return undefined;
}

export type SourceLike = { id: string; filePath?: string; data: { url: string; readAt?: string } };
const fileOf = (s: SourceLike) => s.filePath ?? `sources/${s.id}.yaml`;

/**
 * One problem per source whose `url` is on a copy, cache, preview or IP host,
 * and one warning per source still waiting for its original (`pending`), which
 * must then give the copy as `readAt` too.
 */
export function copyHostUrls(sources: SourceLike[], pending: Record<string, string> = PENDING_ORIGINALS) {
  const problems: Fault[] = [];
  const warnings: string[] = [];
  for (const s of sources) {
    const why = copyHost(s.data.url);
    if (!why) continue;
    if (pending[s.id] && s.data.readAt === s.data.url)
      warnings.push(`${fileOf(s)}: field "url": only a copy (${why}); ${pending[s.id]}`);
    else
      problems.push({
        file: fileOf(s),
        message:
          `field "url": ${s.data.url} is on a copy, cache, preview or IP host (${why}): ` +
          "cite the original publisher's page as url, and the copy as readAt if only the copy could be read",
      });
  }
  return { problems, warnings };
}

/** The form two URLs are compared in: no scheme, no "www.", no trailing slash, host in lower case. */
export function urlKey(url: string): string {
  const u = new URL(url);
  return `${u.hostname.toLowerCase().replace(/^www\./, '')}${u.port ? `:${u.port}` : ''}${u.pathname.replace(/\/+$/, '')}${u.search}`;
}

/** One fault per source whose URL another source already has. */
export function duplicateUrls(sources: SourceLike[]): Fault[] {
  const first = new Map<string, string>();
  const problems: Fault[] = [];
  for (const s of [...sources].sort((a, b) => a.id.localeCompare(b.id))) {
    const file = fileOf(s);
    const key = urlKey(s.data.url);
    const earlier = first.get(key);
    if (earlier)
      problems.push({ file, message: `field "url": the same URL as ${earlier}; merge the two sources into one` });
    else first.set(key, file);
  }
  return problems;
}
