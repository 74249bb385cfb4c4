/**
 * The citation syntax authors write in MDX: `[@source-id]`,
 * `[@source-id, p. 4]` (with a locator) and `[@a; @b, para. 2]`.
 */
import { ContentProblem } from './content-error.ts';

export interface CitationRef {
  id: string;
  locator?: string;
}

export type Segment = { text: string } | { cites: CitationRef[] };

const GROUP = /\[(@[^\]]*)\]/g;
const ITEM = /^@([a-z0-9]+(?:-[a-z0-9]+)*)\s*(?:,\s*(.+))?$/;

/** Splits text into plain runs and citation groups. Throws on a malformed group. */
export function splitCitations(text: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(GROUP)) {
    const start = match.index;
    if (start > last) out.push({ text: text.slice(last, start) });
    out.push({ cites: parseGroup(match[1]!) });
    last = start + match[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}

function parseGroup(group: string): CitationRef[] {
  return group.split(';').map((raw) => {
    const m = ITEM.exec(raw.trim());
    if (!m) {
      throw new ContentProblem(
        `malformed citation "[${group}]": write [@source-id], [@source-id, locator] or [@a; @b]`,
      );
    }
    return m[2] ? { id: m[1]!, locator: m[2].trim() } : { id: m[1]! };
  });
}

export interface Numbered extends CitationRef {
  /** The number the reader sees: sources are numbered in order of first citation. */
  n: number;
  /** Which citation of this source this is on the page, from 1: the back-link target. */
  k: number;
}

/** Numbers citations in reading order: one number per source, one anchor per citation. */
export class CitationNumbering {
  readonly order: string[] = [];
  readonly counts = new Map<string, number>();

  add(ref: CitationRef): Numbered {
    if (!this.counts.has(ref.id)) this.order.push(ref.id);
    const k = (this.counts.get(ref.id) ?? 0) + 1;
    this.counts.set(ref.id, k);
    return { ...ref, n: this.order.indexOf(ref.id) + 1, k };
  }

  /** The references list: each source with how many times it was cited. */
  list(): { id: string; count: number }[] {
    return this.order.map((id) => ({ id, count: this.counts.get(id)! }));
  }
}

/** Anchor of the k-th citation of source number n, and of its reference entry. */
export const citeAnchor = (n: number, k: number) => `cite-${n}-${k}`;
export const refAnchor = (n: number) => `ref-${n}`;
