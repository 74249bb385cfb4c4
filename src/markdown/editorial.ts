/**
 * The explainers' editorial markup, as two Sätteri mdast plugins (`editorialPlugins()`). They turn
 * `[@source-id]` citations into numbered <Cite> elements, mark the first <Place> of each place on a page
 * (which then shows both names), number <Term> uses, and collect every reference the page makes
 * (sources, places, terms, people, clauses), each with its line, into the page's frontmatter as
 * `editorial` (the type `Editorial` below). They read no content file: `src/lib/site.ts` checks every
 * collected reference against the collections in one pass and reads the citations, mentions and
 * sections back, typed, for the References section and the "Cited in" and "Mentioned on" links.
 * `sections` says under which heading each place, term and person is named (the number of headings
 * before it, 0 for the page's opening), so entries can link to the section. <Clause doc="…" point="6">
 * gets the clause's address as its href; the clauses a page links to are collected with the heading of
 * their section, for the "where the explainers discuss it" links of the document pages.
 * <Note>…</Note>, written inline like a citation, becomes a lettered <NoteMark>; its text moves, in
 * order, to a <Notes> list at the end of the page (the first plugin), where its own citations are
 * numbered after those of the text (the second, which meets the list last).
 * Whether the page has an <InShort> block and how many notes it has go to `apparatus`, for the table of
 * contents.
 * What they still fail on by themselves is the markup: a malformed citation, a misplaced <Note>, an
 * attribute outside its fixed set of values, a <Clause> without a document and one number, a link to a
 * file that public/ lacks. `src/integrations/mdx-check.ts` runs them before the compile, so that the
 * message names the file and line.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  defineMdastPlugin,
  type MdastNode,
  type MdastPluginEntry,
  type MdastVisitorContext,
  type MdxJsxAttributeNode,
  type MdxJsxFlowElement,
  type MdxJsxTextElement,
} from 'satteri';
import type { Image, Link } from 'mdast';
import { CitationNumbering, splitCitations } from '../lib/citations.ts';
import { CLAUSE_ATTRIBUTES, clauseAnchor, clauseHref } from '../lib/documents.ts';
import { contentError } from '../lib/content-error.ts';
import { isPartialDate } from '../lib/dates.ts';
import { noteLetter } from '../lib/notes.ts';
import { PARTY_LABELS, PERIOD_IDS } from '../lib/vocabulary.ts';
import { MAPS } from '../data/maps.ts';

/** The attributes of editorial components that take one of a fixed set of values, or a date. */
const CHOICES: Record<string, Record<string, readonly string[] | 'date'>> = {
  Position: { party: Object.keys(PARTY_LABELS), date: 'date' },
  Timeline: { period: PERIOD_IDS, from: 'date', to: 'date' },
  Map: { id: MAPS.map((m) => m.id) },
};

/** The collections an MDX page names entries of. */
export type NamedCollection = 'sources' | 'places' | 'terms' | 'people';

const COLLECTION_OF: Record<string, Exclude<NamedCollection, 'sources'>> = {
  Place: 'places',
  Term: 'terms',
  Person: 'people',
};

/** One reference to an entry, as written: what the message calls it, and where. */
export interface EntryReference {
  collection: NamedCollection;
  id: string;
  /** How a message names the reference: `citation [@id]`, `<Place id="id">`. */
  subject: string;
  line?: number;
}

/** A clause an MDX page links to, as written, with the heading of the section it is in (none before the first heading). */
export interface ClauseUse {
  doc: string;
  /** What the author called the clause ("point") and its number ("6"). */
  label: string;
  n: string;
  anchor: string;
  heading?: string;
  line?: number;
}

/** What the editorial plugins collect from one MDX page. */
export interface Editorial {
  /** The cited sources in order of first citation, each with how many times it is cited. */
  citations: { id: string; count: number }[];
  /** Every reference to a source, place, term or person, in reading order. */
  references: EntryReference[];
  /** The places, terms and people the page names, each once. */
  mentions: Record<Exclude<NamedCollection, 'sources'>, string[]>;
  clauses: ClauseUse[];
  /** "places:shusha" → the number of headings before each section that names it. */
  sections: Record<string, number[]>;
  apparatus: { inShort: boolean; notes: number };
}

type Jsx = MdxJsxTextElement | MdxJsxFlowElement;

const attr = (name: string, value: string): MdxJsxAttributeNode => ({ type: 'mdxJsxAttribute', name, value });
const attrValue = (node: Readonly<Jsx>, name: string) => {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
  return typeof found === 'string' ? found : undefined;
};

/** Throws the fault as a content error: the file, the node's line, the message and a hint. */
function fail(ctx: MdastVisitorContext, node: Readonly<MdastNode>, message: string, hint?: string): never {
  const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : 'an MDX file';
  throw contentError({ file, line: node.position?.start.line, message }, hint);
}

const PUBLIC_HINT = 'Put the file in public/ (served from the site root), or correct the address.';
const NOTE_HINT =
  'Write a note inline, right after the sentence it belongs to: …sentence.[@source-id]<Note>Which outlet said what.</Note>';

/** Moves the text of each <Note> to a lettered <NoteItem> of a <Notes> list at the end, leaving a <NoteMark> in its place. */
function notes() {
  const found: { note: Readonly<MdxJsxTextElement>; before: Readonly<MdastNode> | undefined }[] = [];
  return defineMdastPlugin({
    name: 'editorial-notes',
    options: { position: true },
    mdxJsxFlowElement(node, ctx) {
      if (node.name === 'Note') fail(ctx, node, '<Note> stands in a block of its own', NOTE_HINT);
    },
    mdxJsxTextElement(node, ctx) {
      if (node.name !== 'Note') return;
      for (let up: Readonly<MdastNode> | undefined = ctx.parent(node); up; up = ctx.parent(up)) {
        if (up.type === 'mdxJsxTextElement' && up.name === 'Note')
          fail(ctx, node, '<Note> inside a <Note>', 'Notes are not nested: put the detail in the same note.');
      }
      if (!ctx.textContent(node).trim()) fail(ctx, node, '<Note> is empty', NOTE_HINT);
      const i = ctx.indexOf(node)!;
      found.push({ note: node, before: i > 0 ? (ctx.parent(node).children[i - 1] as MdastNode) : undefined });
    },
    after(root, ctx) {
      if (found.length === 0) return;
      const items: MdxJsxFlowElement[] = [];
      for (const [i, { note, before }] of found.entries()) {
        const letter = attr('letter', noteLetter(i + 1));
        items.push({
          type: 'mdxJsxFlowElement',
          name: 'NoteItem',
          attributes: [letter],
          children: note.children as MdxJsxFlowElement['children'],
          position: note.position,
        });
        ctx.replaceNode(note, { type: 'mdxJsxTextElement', name: 'NoteMark', attributes: [letter], children: [] });
        // The marker sits against its sentence, as a citation does, even when the author left a space before <Note>.
        if (before?.type === 'text' && before.value !== before.value.trimEnd())
          ctx.setField(before, 'value', before.value.trimEnd());
      }
      ctx.appendChild(root, { type: 'mdxJsxFlowElement', name: 'Notes', attributes: [], children: items });
    },
  });
}

/** Numbers citations, places and terms, checks the markup, and collects the page's references into its frontmatter. */
function editorial(root: string) {
  /** A root-relative address of a file ("/maps/x.png") that neither public/ nor a route (src/pages/data/events.csv.ts) has. */
  const missingFile = (url: unknown) => {
    if (typeof url !== 'string' || !/^\/[^/]/.test(url)) return false;
    const path = decodeURIComponent(url.split(/[?#]/)[0]!);
    return (
      /\.[a-z0-9]+$/i.test(path) &&
      !existsSync(join(root, 'public', path)) &&
      !existsSync(join(root, 'src/pages', `${path}.ts`))
    );
  };
  const numbering = new CitationNumbering();
  const references: EntryReference[] = [];
  const seen = new Map<string, number>();
  const clauses: ClauseUse[] = [];
  const sections: Record<string, number[]> = {};
  let heading: string | undefined;
  let headings = 0;
  let inShort = false;
  let noteItems = 0;

  const linkedFile = (node: Readonly<Link | Image>, ctx: MdastVisitorContext) => {
    if (missingFile(node.url)) fail(ctx, node, `${node.type} "${node.url}": no such file in public/`, PUBLIC_HINT);
  };
  const jsx = (node: Readonly<Jsx>, ctx: MdastVisitorContext) => {
    if (node.name === 'InShort') inShort = true;
    if (node.name === 'NoteItem') noteItems++;
    if (node.name === 'img' || node.name === 'a') {
      const name = node.name === 'img' ? 'src' : 'href';
      const url = attrValue(node, name);
      if (missingFile(url)) fail(ctx, node, `<${node.name} ${name}="${url}">: no such file in public/`, PUBLIC_HINT);
    }
    for (const [name, allowed] of Object.entries((node.name && CHOICES[node.name]) || {})) {
      const value = attrValue(node, name);
      if (value === undefined) continue;
      if (allowed === 'date' ? !isPartialDate(value) : !allowed.includes(value)) {
        const expected =
          allowed === 'date' ? 'a date written "YYYY", "YYYY-MM" or "YYYY-MM-DD"' : `one of ${allowed.join(', ')}`;
        fail(ctx, node, `<${node.name} ${name}="${value}">: expected ${expected}`);
      }
    }
    const collection = node.name ? COLLECTION_OF[node.name] : undefined;
    if (collection) {
      const id = attrValue(node, 'id');
      if (!id) fail(ctx, node, `<${node.name}> has no id`, `Write it with one, for example <${node.name} id="…" />.`);
      references.push({ collection, id, subject: `<${node.name} id="${id}">`, line: node.position?.start.line });
      const key = `${node.name}:${id}`;
      const k = (seen.get(key) ?? 0) + 1;
      seen.set(key, k);
      const list = (sections[`${collection}:${id}`] ??= []);
      if (!list.includes(headings)) list.push(headings);
      // Place shows both names at k=1; Term makes its preview's id unique with k. Person needs neither.
      if (node.name !== 'Person') ctx.setAttribute(node, 'k', String(k));
    }
    if (node.name === 'Clause') {
      const doc = attrValue(node, 'doc');
      const given = CLAUSE_ATTRIBUTES.filter((a) => attrValue(node, a) !== undefined);
      if (!doc || given.length !== 1) {
        fail(
          ctx,
          node,
          '<Clause> needs a doc and one clause number, for example <Clause doc="trilateral-statement-2020" point="6">',
        );
      }
      const label = given[0]!;
      const n = attrValue(node, label)!;
      ctx.setField(node, 'attributes', [
        attr('href', clauseHref(doc, label, n)),
        ...node.attributes.filter(
          (a) =>
            a.type !== 'mdxJsxAttribute' ||
            (a.name !== 'doc' && !(CLAUSE_ATTRIBUTES as readonly string[]).includes(a.name)),
        ),
      ]);
      clauses.push({
        doc,
        label,
        n,
        anchor: clauseAnchor(label, n),
        ...(heading ? { heading } : {}),
        line: node.position?.start.line,
      });
    }
  };

  return defineMdastPlugin({
    name: 'editorial',
    options: { position: true },
    heading(node, ctx) {
      heading = ctx.textContent(node).trim();
      headings++;
    },
    text(node, ctx) {
      if (!node.value.includes('[@')) return;
      let segments: ReturnType<typeof splitCitations> = [];
      try {
        segments = splitCitations(node.value);
      } catch (e) {
        fail(
          ctx,
          node,
          (e as Error).message,
          'Cite as [@source-id], with an id of lower-case letters, digits and hyphens.',
        );
      }
      const line = node.position?.start.line;
      const replacement: (MdxJsxTextElement | { type: 'text'; value: string })[] = [];
      for (const seg of segments) {
        if ('text' in seg) {
          replacement.push({ type: 'text', value: seg.text });
          continue;
        }
        for (const ref of seg.cites) {
          references.push({ collection: 'sources', id: ref.id, subject: `citation [@${ref.id}]`, line });
          const c = numbering.add(ref);
          const attributes = [attr('n', String(c.n)), attr('k', String(c.k))];
          if (c.locator) attributes.push(attr('locator', c.locator));
          replacement.push({ type: 'mdxJsxTextElement', name: 'Cite', attributes, children: [] });
        }
      }
      ctx.replaceNode(node, replacement);
    },
    link: linkedFile,
    image: linkedFile,
    mdxJsxTextElement: jsx,
    mdxJsxFlowElement: jsx,
    after(_root, ctx) {
      const mentions: Editorial['mentions'] = { places: [], terms: [], people: [] };
      for (const key of seen.keys()) {
        const [component, id] = key.split(':');
        mentions[COLLECTION_OF[component!]!].push(id!);
      }
      const frontmatter = ctx.data.astro?.frontmatter;
      if (frontmatter)
        frontmatter.editorial = {
          citations: numbering.list(),
          references,
          mentions,
          clauses,
          sections,
          apparatus: { inShort, notes: noteItems },
        } satisfies Editorial;
    },
  });
}

/**
 * The editorial plugins, made afresh for each page (Sätteri calls a factory once per compile): notes
 * first, so that the second meets the moved notes last. A linked file must be in `root`'s public/.
 */
export function editorialPlugins(root = process.cwd()): MdastPluginEntry[] {
  return [() => notes(), () => editorial(root)];
}
