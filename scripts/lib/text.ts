/**
 * Realistic filler text for the benchmark's generated pages: pseudo-words
 * from a seeded PRNG, drawn with Zipf's law from a vocabulary of tens of
 * thousands, in pages shaped like the site's explainers (headings,
 * paragraphs, lists, links, citations, a place). Deterministic: the same seed
 * gives the same pages, so two reports compare like with like. Pure: no I/O.
 */

export type Rng = () => number;

/** Mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

const ONSETS = [
  'b',
  'ch',
  'd',
  'f',
  'g',
  'gr',
  'h',
  'j',
  'k',
  'kh',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  'sh',
  'st',
  't',
  'tr',
  'v',
  'y',
  'z',
  '',
];
const VOWELS = ['a', 'a', 'e', 'e', 'i', 'i', 'o', 'o', 'u', 'ia'];
const CODAS = ['', '', '', '', '', 'n', 'r', 's', 'l', 'k', 't', 'nd'];

/**
 * `size` distinct lower-case pseudo-words, most frequent first. As in real
 * languages, frequent words are short: rank 1 has one syllable, rank 10,000
 * about three.
 */
export function vocabulary(size: number, rng: Rng): string[] {
  const words: string[] = [];
  const seen = new Set<string>();
  while (words.length < size) {
    const syllables = 1 + Math.floor(Math.log10(words.length + 1) * 0.5 + rng() * 0.9);
    let word = '';
    for (let s = 0; s < syllables; s++) word += pick(rng, ONSETS) + pick(rng, VOWELS) + pick(rng, CODAS);
    if (word.length > 1 && !seen.has(word)) {
      seen.add(word);
      words.push(word);
    }
  }
  return words;
}

/** Draws indexes 0..n-1 with probability proportional to 1 / (rank ^ exponent): Zipf's law. */
export function zipf(n: number, exponent: number, rng: Rng): () => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let r = 0; r < n; r++) cumulative[r] = total += 1 / (r + 1) ** exponent;
  return () => {
    const x = rng() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

export interface PageInput {
  /** The page's number, also its seed: page i is the same whatever the number of pages. */
  n: number;
  /** How many generated pages there are, for links between them. */
  pages: number;
  words: readonly string[];
  /** Ids of existing sources and places, for citations and the <Place> component. */
  sourceIds: readonly string[];
  placeIds: readonly string[];
  period: string;
  lastReviewed: string;
}

const capitalise = (w: string) => w[0]!.toUpperCase() + w.slice(1);

/** How many words of prose a generated page has (headings, list items and link texts count). */
export const PAGE_WORDS = { min: 1400, max: 1500 };

/**
 * One explainer in MDX: frontmatter, an introduction, five to seven
 * sections with paragraphs and bulleted lists, links to other generated
 * pages, 3-5 citations and one <Place>, 1,400-1,500 words in all.
 */
export function page(input: PageInput, draw: (rng: Rng) => number): string {
  const rng = mulberry32(input.n * 2654435761);
  const word = () => input.words[draw(rng)]!;
  const phrase = (k: number) => Array.from({ length: k }, word).join(' ');
  // Room for the last paragraph's rounding and a link (2 words) or the place (1).
  const target = int(rng, PAGE_WORDS.min + 10, PAGE_WORDS.max - 12);
  let count = 0;

  const sentence = (k: number) => {
    count += k;
    const parts = Array.from({ length: k }, word);
    if (k > 10) parts[int(rng, 3, k - 4)] += ',';
    return `${capitalise(parts.join(' '))}.`;
  };
  const link = () => {
    count += 2;
    const other = 1 + ((input.n - 1 + int(rng, 1, Math.max(1, input.pages - 1))) % input.pages);
    return `[${phrase(2)}](/explainers/page-${other}/)`;
  };
  const paragraph = (k: number) => {
    const sentences: string[] = [];
    for (let left = k; left > 0;) {
      const len = Math.min(left, int(rng, 8, 24));
      sentences.push(sentence(len));
      left -= len;
    }
    if (rng() < 0.35) sentences.splice(int(rng, 0, sentences.length), 0, `See ${link()}.`);
    return sentences.join(' ');
  };
  const list = () =>
    Array.from({ length: int(rng, 3, 5) }, () => {
      const k = int(rng, 6, 14);
      count += k;
      return `- ${capitalise(phrase(k))}.`;
    }).join('\n');

  const citations = int(rng, 3, 5);
  const sections = int(rng, 5, 7);
  const blocks: string[] = [];
  blocks.push(paragraph(int(rng, 80, 120)));
  for (let s = 0; s < sections; s++) {
    count += 3;
    blocks.push(`## ${capitalise(phrase(3))}`);
    const share = Math.round((target - count) / (sections - s));
    const before = count;
    while (count - before < share) {
      const left = share - (count - before);
      blocks.push(left > 80 && rng() < 0.2 ? list() : paragraph(Math.max(8, Math.min(int(rng, 60, 130), left))));
    }
  }
  // Citations and the place go at the ends of paragraphs spread through the page.
  const paragraphs = blocks.flatMap((b, i) => (b.startsWith('## ') || b.startsWith('- ') ? [] : [i]));
  for (let c = 0; c < citations; c++) {
    const i = paragraphs[Math.floor(((c + rng()) / citations) * paragraphs.length)]!;
    blocks[i] += `[@${pick(rng, input.sourceIds)}]`;
  }
  const placeAt = pick(rng, paragraphs);
  blocks[placeAt] =
    `${blocks[placeAt]} ${capitalise(word())} <Place id="${input.placeIds[input.n % input.placeIds.length]}" />.`;
  count += 1;

  const title = `${capitalise(phrase(int(rng, 3, 5)))} ${input.n}`;
  const description = capitalise(phrase(int(rng, 10, 16)))
    .slice(0, 150)
    .trim();
  return [
    '---',
    `title: "${title}"`,
    `description: "${description}."`,
    `order: ${input.n}`,
    `period: ${input.period}`,
    `lastReviewed: "${input.lastReviewed}"`,
    '---',
    '',
    blocks.join('\n\n'),
    '',
  ].join('\n');
}

/** The words of prose in a generated page: what PAGE_WORDS bounds. */
export function proseWords(mdx: string): number {
  const body = mdx.split('\n---\n')[1] ?? '';
  const text = body
    .replace(/\[@[^\]]+\]/g, '')
    .replace(/<Place[^>]*\/>/g, '')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/^(## |- )/gm, '');
  return text.split(/\s+/).filter((w) => /[a-z]/i.test(w) && w !== 'See').length;
}
