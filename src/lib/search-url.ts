/**
 * The address a search result links to, carrying the search words in
 * `?highlight=` (before any #fragment) so that Pagefind's highlight script
 * marks them on the page it opens. The script takes each `highlight`
 * parameter as one phrase, so every word gets its own: a multi-word query
 * marks each of its words wherever it stands.
 */
export function withHighlight(url: string, term: string): string {
  const words = term.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return url;
  const hash = url.indexOf('#');
  const path = hash < 0 ? url : url.slice(0, hash);
  const fragment = hash < 0 ? '' : url.slice(hash);
  const sep = path.includes('?') ? '&' : '?';
  const params = [...new Set(words)].map((w) => `highlight=${encodeURIComponent(w)}`).join('&');
  return `${path}${sep}${params}${fragment}`;
}

/** The query of a /search/?q= address, cut to `max` characters; '' when there is none. */
export function queryFromSearch(search: string, max: number): string {
  return (new URLSearchParams(search).get('q') ?? '').trim().slice(0, max);
}
