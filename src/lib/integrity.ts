/**
 * Astro's `reference()` does not check that the entry it names exists. This
 * does, so that an unknown id fails the build with the file and the field.
 */

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

/** Every reference in an entry's data, with its field path such as "sources[1]". */
export function referencesIn(data: unknown, path = ''): { field: string; ref: Ref }[] {
  if (isRef(data)) return [{ field: path, ref: data }];
  if (Array.isArray(data)) return data.flatMap((v, i) => referencesIn(v, `${path}[${i}]`));
  if (typeof data === 'object' && data !== null && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([k, v]) => referencesIn(v, path ? `${path}.${k}` : k));
  }
  return [];
}

/** One message per reference to an entry that does not exist. */
export function brokenReferences(
  collections: Record<string, EntryLike[]>,
): string[] {
  const ids = new Map(Object.entries(collections).map(([name, entries]) => [name, new Set(entries.map((e) => e.id))]));
  const problems: string[] = [];
  for (const [name, entries] of Object.entries(collections)) {
    for (const entry of entries) {
      for (const { field, ref } of referencesIn(entry.data)) {
        if (!ids.get(ref.collection)?.has(ref.id)) {
          const file = entry.filePath ?? `${name}/${entry.id}`;
          problems.push(`${file}: field "${field}": unknown ${ref.collection} id "${ref.id}" (no file content/${ref.collection}/${ref.id}.yaml)`);
        }
      }
    }
  }
  return problems;
}
