/** Reading time of an MDX body: words of prose at 220 a minute, markup left out. */

export function proseWords(mdx: string): number {
  const text = mdx
    .replace(/^---[\s\S]*?---/, ' ') // frontmatter
    .replace(/\[@[^\]]*\]/g, ' ') // citations
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ') // components and tags
    .replace(/[#*_>`|]/g, ' ');
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export function readingMinutes(mdx: string, wordsPerMinute = 220): number {
  return Math.max(1, Math.round(proseWords(mdx) / wordsPerMinute));
}
