/**
 * "Did you mean": the names closest to a query by edit distance. Pagefind
 * has no typo tolerance, so a misspelt name finds nothing; the site's own
 * vocabulary (every name of every place, person and glossary term, built into
 * /search/names.json) supplies the corrections. Levenshtein distance by hand:
 * a dozen lines, smaller than any library, on names of a few dozen letters.
 */

/** Lower case, without diacritics, anything but letters and digits as one space: "Nagorno-Karabakh" → "nagorno karabakh". */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Levenshtein distance between two strings, by code point. */
export function distance(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  let row = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    for (let j = 1; j <= y.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[y.length]!;
}

/** Whether every word of the query is in the title: then the search found what was asked for. */
export function titleMatches(title: string, query: string): boolean {
  const words = normalise(title).split(' ');
  return normalise(query)
    .split(' ')
    .every((q) => words.some((w) => w.startsWith(q)));
}

/**
 * Up to `limit` names within a quarter of the query's length in edits (at
 * least one), closest first, compared whole and word by word: "Mnatsakanian"
 * suggests "Zohrab Mnatsakanyan". Nothing for queries under four letters, or
 * when the query already is a name.
 */
export function suggest(query: string, names: string[], limit = 3): string[] {
  const q = normalise(query);
  if (Array.from(q).length < 4) return [];
  const max = Math.max(1, Math.floor(Array.from(q).length / 4));
  const scored = new Map<string, { name: string; d: number }>();
  for (const name of names) {
    const n = normalise(name);
    const words = n.split(' ').filter((w) => w.length >= 4);
    const d = Math.min(distance(q, n), ...(words.length > 1 ? words.map((w) => distance(q, w)) : []));
    if (d === 0) return [];
    const prev = scored.get(n);
    if (d <= max && (!prev || d < prev.d)) scored.set(n, { name, d });
  }
  return [...scored.values()]
    .sort((a, b) => a.d - b.d)
    .slice(0, limit)
    .map((s) => s.name);
}
