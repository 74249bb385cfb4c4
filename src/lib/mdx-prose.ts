/**
 * The prose of an explainer, read from its MDX source: each block of text a
 * reader sees (paragraph, list item, heading, table cell), as plain text,
 * with the part of the page it belongs to. Citations (`[@id]`) are dropped;
 * a <Place> or <Person> becomes the name it prints (both names at a place's
 * first mention), given a `nameOf` that knows the entries, or the word "Name"
 * without one; a <Note>'s text is a block of its own, marked as a note. Both the word budget and the prose lint read
 * pages through this, so they agree on what the running text is.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import type { Nodes, Parents, Root } from 'mdast';
import { SKIP, visitParents } from 'unist-util-visit-parents';

/** Where a block sits: the In short list, a note, a party's position, an aside or embed that is not running text, or the running text. */
export type Part = 'in-short' | 'note' | 'position' | 'aside' | 'running';

export interface Block {
  part: Part;
  kind: 'paragraph' | 'heading' | 'cell';
  /** The text as a reader sees it, without citations. */
  text: string;
  /** Whether the source of this block carries a citation. */
  cited: boolean;
  /** Whether the block is (in) a list item. */
  listItem: boolean;
  /** 1-based line of the block in the MDX file. */
  line: number;
  /** The words named by `{/* prose-allow word: reason *\/}` comments in the block. */
  allowed: string[];
  /** The text of <Term> elements in the block: names of terms, not the narrator's words. */
  terms: string[];
}

/** Components that set out one party's position, in its terms. */
const POSITIONS = new Set(['Positions', 'Position']);
/** Components whose content is not running text: asides, figures, embeds. */
const ASIDES = new Set([
  'KeyFacts',
  'ThenNow',
  'Then',
  'Now',
  'Timeline',
  'Map',
  'ControlMap',
  'ControlMapStrip',
  'DeathsChart',
  'DisplacementChart',
  'figure',
  'aside',
  'table',
]);
/** Components that print one name. */
const NAMES = new Set(['Place', 'Person']);
const CITATION = /\[@[^\]]*\]/g;
const ALLOW = /^\s*\/\*\s*prose-allow\s+([^:]+):\s*\S[^]*\*\/\s*$/;

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** The name a <Place> or <Person> prints: `first` is true at the first mention of that entry on the page. */
export type NameOf = (component: 'Place' | 'Person', id: string, first: boolean) => string | undefined;

export function proseBlocks(source: string, nameOf?: NameOf): Block[] {
  const seen = new Set<string>();
  // The frontmatter becomes blank lines, so that line numbers still match the file.
  const body = source.replace(/^---\r?\n[^]*?\r?\n---\r?\n/, (fm) => fm.replace(/[^\n]/g, ''));
  const tree = parser.parse(body) as Root;
  const blocks: Block[] = [];

  /** The part of the page a node is in: the running text unless a component or a table around it says otherwise. */
  const partOf = (chain: Nodes[]) =>
    chain.reduce<Part>((part, node) => {
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        if (node.name === 'InShort') return 'in-short';
        if (node.name && POSITIONS.has(node.name)) return 'position';
        if (node.name && ASIDES.has(node.name) && part === 'running') return 'aside';
      }
      return node.type === 'table' && part === 'running' ? 'aside' : part;
    }, 'running');

  const empty = (part: Part, line: number): Block => ({
    part,
    kind: 'paragraph',
    text: '',
    cited: false,
    listItem: false,
    line,
    allowed: [],
    terms: [],
  });

  const inline = (n: Nodes, b: Block) => {
    switch (n.type) {
      case 'text':
        if (n.value.includes('[@')) b.cited = true;
        b.text += n.value.replace(CITATION, '');
        return;
      case 'inlineCode':
        b.text += n.value;
        return;
      case 'break':
        b.text += ' ';
        return;
      case 'mdxTextExpression': {
        const m = ALLOW.exec(n.value);
        if (m) b.allowed.push(m[1]!.trim().toLowerCase());
        return;
      }
      case 'mdxJsxTextElement':
        if (n.name === 'Note') {
          const note = empty('note', n.position?.start.line ?? b.line);
          for (const c of n.children) inline(c, note);
          blocks.push(note);
          return;
        }
        if (n.name && NAMES.has(n.name)) {
          const id = n.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
          const key = `${n.name}:${String(id)}`;
          b.text += (typeof id === 'string' && nameOf?.(n.name as 'Place' | 'Person', id, !seen.has(key))) || 'Name';
          seen.add(key);
          return;
        }
        if (n.name === 'Term') {
          const start = b.text.length;
          for (const c of n.children) inline(c, b);
          b.terms.push(b.text.slice(start));
          return;
        }
        break;
    }
    if ('children' in n) for (const c of n.children) inline(c as Nodes, b);
  };

  const block = (node: Parents, part: Part, kind: Block['kind'], listItem: boolean) => {
    const b = { ...empty(part, node.position?.start.line ?? 0), kind, listItem };
    blocks.push(b); // before its notes, which follow it in the list
    for (const c of node.children) inline(c as Nodes, b);
  };

  visitParents(tree, (node, ancestors) => {
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return;
    const listItem = ancestors.some((a) => a.type === 'listItem');
    block(node, partOf([...(ancestors as Nodes[]), node]), node.type === 'tableCell' ? 'cell' : node.type, listItem);
    return SKIP;
  });
  return blocks;
}

/** Words as a reader counts them: runs of letters or digits, joined by apostrophes or hyphens. */
export const countWords = (text: string) => text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
