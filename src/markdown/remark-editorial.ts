/**
 * Remark plugin for explainers. It turns `[@source-id]` citations into
 * numbered <Cite> elements, marks the first <Place> of each place on a page
 * (which then shows both names), numbers <Term> uses, and collects every
 * reference the page makes (sources, places, terms, people, clauses), each
 * with its line, into the page's frontmatter as `editorial` (the type
 * `Editorial` below). It reads no content file: `src/lib/content.ts` checks
 * every collected reference against the collections in one pass and reads
 * the citations, mentions and sections back, typed, for the References
 * section and the "Cited in" and "Mentioned on" links.
 * `sections` says under which heading each place, term and person is named
 * (the number of headings before it, 0 for the page's opening), so entries
 * can link to the section. <Clause doc="…" point="6"> gets the clause's
 * address as its href; the clauses a page links to are collected with the
 * heading of their section, for the "where the explainers discuss it" links
 * of the document pages.
 * <Note>…</Note>, written inline like a citation, becomes a lettered
 * <NoteMark>; its text moves, in order, to a <Notes> list at the end of the
 * page, where its own citations are numbered after those of the text.
 * Whether the page has an <InShort> block and how many notes it has go to
 * `apparatus`, for the table of contents.
 * What it still fails on by itself is the markup: a malformed citation, a
 * misplaced <Note>, an attribute outside its fixed set of values, a <Clause>
 * without a document and one number, a link to a file that public/ lacks.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Nodes, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
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

/** What remark-editorial collects from one MDX page. */
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

type VFile = { path?: string; cwd: string; data: { astro?: { frontmatter?: Record<string, unknown> } } };
type Jsx = MdxJsxTextElement | MdxJsxFlowElement;

const isJsx = (node: Nodes): node is Jsx => node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement';
const attr = (name: string, value: string): MdxJsxAttribute => ({ type: 'mdxJsxAttribute', name, value });
const attrValue = (node: Jsx, name: string) => {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
  return typeof found === 'string' ? found : undefined;
};

export function remarkEditorial(options: { publicDir?: string } = {}) {
  return (tree: Root, file: VFile) => {
    const publicDir = options.publicDir ?? resolve(file.cwd, 'public');
    const fail = (node: Nodes, message: string, hint?: string): never => {
      throw contentError({ file: file.path ?? 'an MDX file', line: node.position?.start.line, message }, hint);
    };
    /** A root-relative address of a file ("/maps/x.png") that neither public/ nor a route (src/pages/data/events.csv.ts) has. */
    const missingFile = (url: unknown) => {
      if (typeof url !== 'string' || !/^\/[^/]/.test(url)) return false;
      const path = decodeURIComponent(url.split(/[?#]/)[0]!);
      return (
        /\.[a-z0-9]+$/i.test(path) &&
        !existsSync(join(publicDir, path)) &&
        !existsSync(join(file.cwd, 'src/pages', `${path}.ts`))
      );
    };

    const numbering = new CitationNumbering();
    const references: EntryReference[] = [];
    const seen = new Map<string, number>();
    const clauses: ClauseUse[] = [];
    const sections: Record<string, number[]> = {};
    let heading: string | undefined;
    let headings = 0;
    const notes: MdxJsxFlowElement[] = [];
    let inNotes = false;
    let inShort = false;

    const walk = (root: Root | MdxJsxFlowElement) =>
      visit(root, (child, i, parent) => {
        if (child.type === 'heading') {
          heading = toString(child).trim();
          headings++;
        }
        if (child.type === 'text' && child.value.includes('[@') && parent && i !== undefined) {
          let segments: ReturnType<typeof splitCitations> = [];
          try {
            segments = splitCitations(child.value);
          } catch (e) {
            fail(
              child,
              (e as Error).message,
              'Cite as [@source-id], with an id of lower-case letters, digits and hyphens.',
            );
          }
          const line = child.position?.start.line;
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
          (parent.children as RootContent[]).splice(i, 1, ...replacement);
          return [SKIP, i + replacement.length];
        }
        if (!isJsx(child)) {
          if ((child.type === 'image' || child.type === 'link') && missingFile(child.url)) {
            fail(
              child,
              `${child.type} "${child.url}": no such file in public/`,
              'Put the file in public/ (served from the site root), or correct the address.',
            );
          }
          return;
        }
        if (child.name === 'InShort') inShort = true;
        if (child.name === 'Note' && parent && i !== undefined) {
          const hint =
            'Write a note inline, right after the sentence it belongs to: …sentence.[@source-id]<Note>Which outlet said what.</Note>';
          if (child.type === 'mdxJsxFlowElement') fail(child, '<Note> stands in a block of its own', hint);
          if (inNotes) fail(child, '<Note> inside a <Note>', 'Notes are not nested: put the detail in the same note.');
          if (!toString(child).trim()) fail(child, '<Note> is empty', hint);
          const letter = noteLetter(notes.length + 1);
          notes.push({
            type: 'mdxJsxFlowElement',
            name: 'NoteItem',
            attributes: [attr('letter', letter)],
            children: child.children as MdxJsxFlowElement['children'],
            position: child.position,
          });
          const siblings = parent.children as RootContent[];
          siblings.splice(i, 1, {
            type: 'mdxJsxTextElement',
            name: 'NoteMark',
            attributes: [attr('letter', letter)],
            children: [],
          });
          // The marker sits against its sentence, as a citation does, even when the author left a space before <Note>.
          const before = siblings[i - 1];
          if (before?.type === 'text' && before.value) before.value = before.value.trimEnd();
          return [SKIP, i + 1];
        }
        if (child.name === 'img' || child.name === 'a') {
          const name = child.name === 'img' ? 'src' : 'href';
          const url = attrValue(child, name);
          if (missingFile(url))
            fail(
              child,
              `<${child.name} ${name}="${url}">: no such file in public/`,
              'Put the file in public/ (served from the site root), or correct the address.',
            );
        }
        for (const [name, allowed] of Object.entries((child.name && CHOICES[child.name]) || {})) {
          const value = attrValue(child, name);
          if (value === undefined) continue;
          if (allowed === 'date' ? !isPartialDate(value) : !allowed.includes(value)) {
            const expected =
              allowed === 'date' ? 'a date written "YYYY", "YYYY-MM" or "YYYY-MM-DD"' : `one of ${allowed.join(', ')}`;
            fail(child, `<${child.name} ${name}="${value}">: expected ${expected}`);
          }
        }
        const collection = child.name ? COLLECTION_OF[child.name] : undefined;
        if (collection) {
          const id = attrValue(child, 'id');
          if (!id)
            return fail(child, `<${child.name}> has no id`, `Write it with one, for example <${child.name} id="…" />.`);
          references.push({ collection, id, subject: `<${child.name} id="${id}">`, line: child.position?.start.line });
          const key = `${child.name}:${id}`;
          const k = (seen.get(key) ?? 0) + 1;
          seen.set(key, k);
          const list = (sections[`${collection}:${id}`] ??= []);
          if (!list.includes(headings)) list.push(headings);
          // Place shows both names at k=1; Term makes its preview's id unique with k. Person needs neither.
          if (child.name !== 'Person') child.attributes.push(attr('k', String(k)));
        }
        if (child.name === 'Clause') {
          const doc = attrValue(child, 'doc');
          const given = CLAUSE_ATTRIBUTES.filter((a) => attrValue(child, a) !== undefined);
          if (!doc || given.length !== 1) {
            return fail(
              child,
              '<Clause> needs a doc and one clause number, for example <Clause doc="trilateral-statement-2020" point="6">',
            );
          }
          const label = given[0]!;
          const n = attrValue(child, label)!;
          child.attributes = [
            attr('href', clauseHref(doc, label, n)),
            ...child.attributes.filter(
              (a) =>
                a.type !== 'mdxJsxAttribute' ||
                (a.name !== 'doc' && !(CLAUSE_ATTRIBUTES as readonly string[]).includes(a.name)),
            ),
          ];
          clauses.push({
            doc,
            label,
            n,
            anchor: clauseAnchor(label, n),
            ...(heading ? { heading } : {}),
            line: child.position?.start.line,
          });
        }
      });

    walk(tree);
    if (notes.length > 0) {
      const list: MdxJsxFlowElement = { type: 'mdxJsxFlowElement', name: 'Notes', attributes: [], children: notes };
      tree.children.push(list);
      inNotes = true;
      walk(list);
    }

    const mentions: Editorial['mentions'] = { places: [], terms: [], people: [] };
    for (const key of seen.keys()) {
      const [component, id] = key.split(':');
      mentions[COLLECTION_OF[component!]!].push(id!);
    }
    const editorial: Editorial = {
      citations: numbering.list(),
      references,
      mentions,
      clauses,
      sections,
      apparatus: { inShort, notes: notes.length },
    };
    file.data.astro ??= {};
    file.data.astro.frontmatter ??= {};
    file.data.astro.frontmatter.editorial = editorial;
  };
}
