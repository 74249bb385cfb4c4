import { contentError, unknownIdFault, UNKNOWN_ID_HINT } from './content-error.ts';

/** The entries of the given source ids, in order, or a content error naming the file, what cited the missing id, and the nearest id there is. */
export function sourcesById<S extends { id: string }>(all: S[], ids: string[], file: string, subject: string): S[] {
  return ids.map((id) => {
    const entry = all.find((s) => s.id === id);
    if (!entry)
      throw contentError(
        unknownIdFault(
          { file },
          subject,
          'sources',
          id,
          all.map((s) => s.id),
        ),
        UNKNOWN_ID_HINT,
      );
    return entry;
  });
}
