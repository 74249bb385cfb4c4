/**
 * Astro's `reference()` does not check that the entry it names exists. This
 * does, so that an unknown id fails the build with the file and the field.
 */

import { readFileSync } from 'node:fs';
import { fieldName, lineOf, unknownIdFault, type Fault } from './content-error.ts';

export interface Ref {
  collection: string;
  id: string;
}

export interface EntryLike {
  id: string;
  filePath?: string;
  data: Record<string, unknown>;
}

function isRef(value: unknown): value is Ref {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Ref).collection === 'string' &&
    typeof (value as Ref).id === 'string'
  );
}

/** Every reference in an entry's data, with its field path such as ["sources", 1]. */
export function referencesIn(data: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; ref: Ref }[] {
  if (isRef(data)) return [{ path, ref: data }];
  if (Array.isArray(data)) return data.flatMap((v, i) => referencesIn(v, [...path, i]));
  if (typeof data === 'object' && data !== null && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([k, v]) => referencesIn(v, [...path, k]));
  }
  return [];
}

/** One fault per reference to an entry that does not exist: the file and line, the field, the id, the nearest id. */
export function brokenReferences(
  collections: Record<string, EntryLike[]>,
  readText: (file: string) => string = (file) => readFileSync(file, 'utf8'),
): Fault[] {
  const ids = new Map(Object.entries(collections).map(([name, entries]) => [name, new Set(entries.map((e) => e.id))]));
  const faults: Fault[] = [];
  for (const [name, entries] of Object.entries(collections)) {
    for (const entry of entries) {
      for (const { path, ref } of referencesIn(entry.data)) {
        const known = ids.get(ref.collection) ?? new Set<string>();
        if (known.has(ref.id)) continue;
        const file = entry.filePath ?? `content/${name}/${entry.id}`;
        const line = entry.filePath ? lineOf(readText(entry.filePath), path) : undefined;
        faults.push(unknownIdFault({ file, line }, `field "${fieldName(path)}"`, ref.collection, ref.id, known));
      }
    }
  }
  return faults;
}
