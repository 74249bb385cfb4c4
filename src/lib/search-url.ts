/**
 * The address a search result links to, carrying the search words in
 * `?highlight=` (before any #fragment) so that Pagefind's highlight script
 * marks them on the page it opens.
 */
export function withHighlight(url: string, term: string): string {
  const words = term.trim();
  if (!words) return url;
  const hash = url.indexOf('#');
  const path = hash < 0 ? url : url.slice(0, hash);
  const fragment = hash < 0 ? '' : url.slice(hash);
  const sep = path.includes('?') ? '&' : '?';
  return `${path}${sep}highlight=${encodeURIComponent(words)}${fragment}`;
}
