/**
 * The length rules of an explainer (issue 13): an "In short" list of 5-7
 * items, each one cited sentence, at most 200 words in all; and at most 4,500
 * words of running text (paragraphs and list items outside In short, asides,
 * figures, tables, notes, references and timeline embeds). Sentences are
 * split by retext, which knows that "U.S." does not end one.
 */
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import type { Root } from 'nlcst';
import { visit } from 'unist-util-visit';
import { countWords, proseBlocks, type NameOf } from './mdx-prose.ts';

export const LIMITS = { running: 4500, inShortWords: 200, inShortItems: { min: 5, max: 7 } } as const;

export interface Length {
  running: number;
  inShort: { words: number; items: { line: number; sentences: number; cited: boolean }[] };
}

const english = unified().use(retextEnglish);
function sentences(text: string): number {
  let n = 0;
  visit(english.parse(text) as Root, 'SentenceNode', () => void n++);
  return n;
}

/** Counts words as the page prints them when `nameOf` gives the names of places and people. */
export function explainerLength(source: string, nameOf?: NameOf): Length {
  const blocks = proseBlocks(source, nameOf).filter((b) => b.kind === 'paragraph');
  const inShort = blocks.filter((b) => b.part === 'in-short');
  return {
    running: blocks.filter((b) => b.part === 'running').reduce((sum, b) => sum + countWords(b.text), 0),
    inShort: {
      words: inShort.reduce((sum, b) => sum + countWords(b.text), 0),
      items: inShort.map((b) => ({ line: b.line, sentences: sentences(b.text), cited: b.cited })),
    },
  };
}

/** What breaks the rules, one line each, naming the line of the MDX file where it can. */
export function lengthProblems({ running, inShort }: Length): string[] {
  const out: string[] = [];
  if (running > LIMITS.running) out.push(`running text is ${running} words; the limit is ${LIMITS.running}`);
  const { min, max } = LIMITS.inShortItems;
  if (inShort.items.length === 0) out.push('no <InShort> block: open the page with one');
  else if (inShort.items.length < min || inShort.items.length > max)
    out.push(`<InShort> has ${inShort.items.length} items; write ${min}-${max}`);
  if (inShort.words > LIMITS.inShortWords)
    out.push(`<InShort> is ${inShort.words} words; the limit is ${LIMITS.inShortWords}`);
  for (const item of inShort.items) {
    if (item.sentences !== 1)
      out.push(`line ${item.line}: an <InShort> item has ${item.sentences} sentences; write one`);
    if (!item.cited) out.push(`line ${item.line}: an <InShort> item has no citation`);
  }
  return out;
}
