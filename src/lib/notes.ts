/**
 * Notes are the explainers' second apparatus, beside citations: provenance
 * and detail (which outlet relayed what, how two sources differ) that the
 * story does not need. They are lettered a, b, … z, aa, ab, … in reading
 * order, as Wikipedia letters its notes, so they never look like citations.
 */

/** 1 → "a", 26 → "z", 27 → "aa", 28 → "ab". */
export function noteLetter(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`note number must be a whole number from 1, not ${n}`);
  let out = '';
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    out = String.fromCharCode(97 + ((rest - 1) % 26)) + out;
  }
  return out;
}

/** The anchor of a note in the list of notes. */
export const noteAnchor = (letter: string) => `note-${letter}`;
/** The anchor of a note's marker in the text: the note's back-link target. */
export const noteMarkAnchor = (letter: string) => `note-mark-${letter}`;
