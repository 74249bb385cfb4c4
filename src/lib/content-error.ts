/**
 * The one way bad content is reported: Astro's own AstroError (as Starlight does), whose message puts
 * the file and line first and echoes the bad value, with a hint on how to fix it. It carries no stack,
 * so Astro prints no `node_modules` trace and no misleading `:0:0` location for what is an author's
 * mistake, not a bug in the code.
 */
import { AstroError } from 'astro/errors';
import { distance } from 'fastest-levenshtein';
import { relative, resolve } from 'node:path';

/** Where in the content the fault is: a path relative to the project, and the line when known. */
export interface Where {
  file: string;
  line?: number;
}

/** A content file as a message names it: relative to the project when it is inside it. */
export function shortPath(file: string): string {
  const absolute = resolve(file);
  const rel = relative(process.cwd(), absolute);
  return rel.startsWith('..') ? absolute : rel;
}

/** One fault in the content, with its place. */
export type Fault = Where & { message: string };

const located = ({ file, line }: Where) => `${shortPath(file)}${line ? `:${line}` : ''}`;

/** The error to throw for bad content: one fault, or several, each on its own line with its place. */
export function contentError(faults: Fault | Fault[], hint?: string): AstroError {
  const list = Array.isArray(faults) ? faults : [faults];
  const error = new AstroError(list.map((f) => `${located(f)}: ${f.message}`).join('\n'), hint);
  error.name = 'ContentError';
  error.stack = '';
  return error;
}

/**
 * A fault found by a helper that does not know where it was written (a <Clause>'s attributes): the
 * caller that knows the file and line reports it with `contentError()`, reading its message.
 */
export class ContentProblem extends Error {
  override name = 'ContentProblem';
}

/** "sources[1]", "roles.0.from": how a message names a field at a zod or reference path. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}

/**
 * The line of the field at `path` in a YAML file or an MDX file's frontmatter: the line of its first
 * key, then of each nested key below it. Undefined when the field is not written (a missing field).
 */
export function lineOf(text: string, path: readonly PropertyKey[]): number | undefined {
  const lines = text.split('\n');
  let at = -1;
  for (const key of path) {
    if (typeof key !== 'string') continue;
    const re = new RegExp(`^\\s*(?:-\\s+)?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`);
    const next = lines.findIndex((l, i) => i > at && re.test(l));
    if (next < 0) return at < 0 ? undefined : at + 1;
    at = next;
  }
  return at < 0 ? undefined : at + 1;
}

/** A bad value as the message echoes it: as written in the file where the file has it on one line. */
function echo(value: unknown, text: string, line: number | undefined): string {
  if (value instanceof Date) {
    // YAML turned an unquoted date into a Date, rolling over an impossible one (2020-02-30 → 1 March).
    const written = line
      ? text
          .split('\n')
          [line - 1]!.replace(/^[^:]*:\s*/, '')
          .trim()
      : '';
    return `${written || value.toISOString().slice(0, 10)} (unquoted, so YAML read it as ${value.toISOString().slice(0, 10)})`;
  }
  return JSON.stringify(value) ?? String(value);
}

/** One zod issue of an entry as a fault: "missing" for an absent field, else the rule and the bad value. */
export function schemaFault(
  file: string,
  text: string,
  issue: { path: readonly PropertyKey[]; message: string; input?: unknown; code?: string },
): Fault {
  const line = lineOf(text, issue.path);
  const field = `field "${fieldName(issue.path)}"`;
  if (issue.input === undefined && issue.code === 'invalid_type') return { file, line, message: `${field} is missing` };
  // A check over the whole entry (a contested term's notes) has the entry as its input: nothing to echo.
  const whole =
    typeof issue.input === 'object' &&
    issue.input !== null &&
    !(issue.input instanceof Date) &&
    !Array.isArray(issue.input);
  const got = issue.input === undefined || whole ? '' : `; got ${echo(issue.input, text, line)}`;
  return { file, line, message: `${field}: ${issue.message}${got}` };
}

/**
 * The known id nearest to a mistyped one, when it is near enough to be a typo: the fewest edits, then
 * the nearest character where they first differ ("undocs-unsc-res-885" → "undocs-unsc-res-884").
 */
export function nearest(id: string, known: Iterable<string>): string | undefined {
  const limit = Math.max(2, Math.floor(id.length / 4));
  const gap = (a: string) => {
    let i = 0;
    while (i < a.length && a[i] === id[i]) i++;
    return Math.abs((a.charCodeAt(i) || 0) - (id.charCodeAt(i) || 0));
  };
  let best: { id: string; d: number; gap: number } | undefined;
  for (const k of known) {
    const d = distance(id, k);
    if (d > limit) continue;
    const g = gap(k);
    if (!best || d < best.d || (d === best.d && g < best.gap)) best = { id: k, d, gap: g };
  }
  return best?.id;
}

const SINGULAR: Record<string, string> = {
  sources: 'source',
  places: 'place',
  terms: 'term',
  people: 'person',
  events: 'event',
};

/** An id that names no entry, as a fault: which kind, the id, and the nearest id there is. */
export function unknownIdFault(
  where: Where,
  subject: string,
  collection: string,
  id: string,
  known: Iterable<string>,
): Fault {
  const guess = nearest(id, known);
  const didYouMean = guess ? `; did you mean "${guess}"?` : '';
  return {
    ...where,
    message: `${subject}: unknown ${SINGULAR[collection] ?? collection} id "${id}" (no file content/${collection}/${id}.yaml)${didYouMean}`,
  };
}

/** The hint for unknown ids. */
export const UNKNOWN_ID_HINT =
  'An id is the name of a file in content/ without its extension: check the spelling, or add the entry.';

/**
 * What Sätteri's MDX parser says when a tag is left open or a brace unbalanced, as a fault: its message
 * "23:1: Expected a closing tag for `<KeyFacts>` (23:1) (mdx-jsx:unexpected-character)" without the
 * place, the spans and the rule, and the line it starts with.
 */
export function syntaxFault(reason: string): { message: string; line?: number } {
  const at = /^(\d+):\d+: /.exec(reason);
  const text = reason
    .slice(at?.[0].length ?? 0)
    .replace(/ \([\w-]+:[\w-]+\)$/, '')
    .replaceAll(/ \(\d+:\d+(?:-\d+:\d+)?\)/g, '');
  return { message: `MDX syntax: ${text}`, ...(at ? { line: Number(at[1]) } : {}) };
}
