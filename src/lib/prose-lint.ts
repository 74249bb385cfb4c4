/**
 * The prose lint: it flags, in the narrator's own voice, the loaded words of
 * the editorial standards outside quotations, narration of source chains
 * ("as summarised by", "according to Wikipedia"), notes about the author's
 * process ("the sources consulted") and repeated words ("the the"). It reads
 * the blocks of `mdx-prose.ts` with retext (the unified ecosystem's natural
 * language parser) and nlcst-search, which matches whole words whatever their
 * case. Text in quotation marks, in a <Position> (a party's own terms), the
 * name of a glossary <Term>, and a word that follows "called", "calls",
 * "termed" or "describes as" within five words (what one side calls a thing)
 * are not the narrator's words and are not checked for loaded words; a note's text may narrate provenance, which is what notes
 * are for. A block is allowed a flagged word with a reason beside it:
 * `{/* prose-allow occupied: the name of the legal term in UNSC 884 *\/}`.
 */
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import retextRepeatedWords from 'retext-repeated-words';
import { search } from 'nlcst-search';
import { toString } from 'nlcst-to-string';
import type { Root } from 'nlcst';
import { VFile } from 'vfile';
import { proseBlocks, type Block } from './mdx-prose.ts';

export type Rule = 'loaded-word' | 'source-chain' | 'process-note' | 'repeated-word';

export interface Finding {
  line: number;
  rule: Rule;
  /** The words flagged, as written. */
  words: string;
}

/** The loaded words of the editorial standards (CONTRIBUTING.md), in their common forms. */
export const LOADED_WORDS = [
  'liberate',
  'liberated',
  'liberates',
  'liberating',
  'liberation',
  'liberator',
  'liberators',
  'occupy',
  'occupied',
  'occupies',
  'occupying',
  'occupation',
  'occupier',
  'occupiers',
  'terrorist',
  'terrorists',
  'terrorism',
  'genocide',
  'genocides',
  'genocidal',
  'massacre',
  'massacres',
  'massacred',
  'separatist',
  'separatists',
  'separatism',
  'aggression',
  'aggressor',
  'aggressors',
  'puppet',
  'puppets',
  'regime',
  'regimes',
  'martyr',
  'martyrs',
  'martyrdom',
];

/** How a fact travelled belongs in a note, not in the story. Any mention of Wikipedia counts ("according to Wikipedia" among them). */
export const SOURCE_CHAIN = [
  'as summarised by',
  'as summarised in',
  'as summarized by',
  'as summarized in',
  'as tabulated by',
  'as tabulated in',
  'as relayed by',
  'relayed by',
  'quoted by',
  'translation of',
  'wikipedia',
];

/** Notes about the author's own research are not part of an explainer. */
export const PROCESS_NOTES = [
  'sources consulted',
  'consulted for this page',
  'this page could not',
  'this page did not',
  'could not be found in',
  'the corpus',
  'search results',
  'no source found',
];

const RULES: { rule: Exclude<Rule, 'repeated-word'>; phrases: string[]; parts: Block['part'][] }[] = [
  { rule: 'loaded-word', phrases: LOADED_WORDS, parts: ['running', 'in-short', 'aside', 'note'] },
  { rule: 'source-chain', phrases: SOURCE_CHAIN, parts: ['running', 'in-short', 'aside', 'position'] },
  { rule: 'process-note', phrases: PROCESS_NOTES, parts: ['running', 'in-short', 'aside', 'position'] },
];

const QUOTED = /“[^”]*”|"[^"]*"|‘[^’]*’(?![\p{L}])/gu;
const blank = (s: string) => s.replace(/[^\n]/g, ' ');

/** The block's text with quotations (and, for loaded words, the names of terms) blanked out, so offsets still match. */
function narratorText(block: Block, blankTerms: boolean): string {
  let text = block.text.replace(QUOTED, blank);
  if (blankTerms) for (const term of block.terms) text = text.split(term).join(blank(term));
  return text;
}

/** Words that attribute the loaded word after them to someone else: "what he called the occupied territories". */
const ATTRIBUTING = /^(call|calls|called|calling|term|terms|termed|describe|describes|described|describing)$/i;

/** Whether one of the five words before a match attributes it ("called the aggression"). */
function attributed(parent: { children: { type: string }[] }, index: number): boolean {
  let words = 0;
  for (let i = index - 1; i >= 0 && words < 5; i--) {
    const node = parent.children[i]!;
    if (node.type !== 'WordNode') continue;
    words++;
    if (ATTRIBUTING.test(toString(node as never))) return true;
  }
  return false;
}

const english = unified().use(retextEnglish);
const repeated = unified().use(retextEnglish).use(retextRepeatedWords);

const lineOf = (block: Block, offset: number | undefined) =>
  block.line + (block.text.slice(0, offset ?? 0).match(/\n/g)?.length ?? 0);

export function lintProse(source: string): Finding[] {
  const findings: Finding[] = [];
  for (const block of proseBlocks(source)) {
    const allowed = (words: string) => block.allowed.some((a) => words.toLowerCase().startsWith(a));
    for (const { rule, phrases, parts } of RULES) {
      if (!parts.includes(block.part)) continue;
      const tree = english.parse(narratorText(block, rule === 'loaded-word')) as Root;
      search(tree, phrases, (nodes, index, parent) => {
        const words = nodes.map((n) => toString(n)).join('');
        if (rule === 'loaded-word' && attributed(parent, index)) return;
        if (!allowed(words)) findings.push({ line: lineOf(block, nodes[0]?.position?.start.offset), rule, words });
      });
    }
    const file = new VFile(block.text);
    repeated.runSync(repeated.parse(file), file);
    for (const message of file.messages) {
      const words = String(message.actual ?? '');
      const place = message.place;
      const offset = place && ('start' in place ? place.start.offset : place.offset);
      if (!allowed(words)) findings.push({ line: lineOf(block, offset), rule: 'repeated-word', words });
    }
  }
  return findings.sort((a, b) => a.line - b.line);
}
