/**
 * Remark plugin for explainers. It turns `[@source-id]` citations into
 * numbered <Cite> elements, marks the first <Place> of each place on a page
 * (which then shows both names), numbers <Term> uses, and fails the build on
 * an id that has no file in `content/`, naming the MDX file and the id.
 * The ordered list of cited sources goes to the page's frontmatter as
 * `citations`, for the References section, and the places, terms and people
 * it names as `mentions`, for the "mentioned on" links of their entries;
 * `sections` says under which heading each is named (the number of headings
 * before it, 0 for the page's opening), so entries can link to the section.
 * <Clause doc="…" point="6"> gets the clause's address as its href, or fails
 * the build on an unknown document or clause; the clauses a page links to go
 * to the frontmatter as `clauses`, each with the heading of its section, for
 * the "where the explainers discuss it" links of the document pages.
 * <Note>…</Note>, written inline like a citation, becomes a lettered
 * <NoteMark>; its text moves, in order, to a <Notes> list at the end of the
 * page, where its own citations are numbered after those of the text.
 * Whether the page has an <InShort> block and how many notes it has go to the
 * frontmatter as `apparatus`, for the table of contents.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { CitationNumbering, splitCitations } from '../lib/citations.ts';
import { CLAUSE_ATTRIBUTES, resolveClause, type ClauseTargets } from '../lib/documents.ts';
import { contentError, unknownIdFault, UNKNOWN_ID_HINT } from '../lib/content-error.ts';
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

type Node = {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  children?: Node[];
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } };
};
type VFile = { path?: string; cwd: string; data: { astro?: { frontmatter?: Record<string, unknown> } } };

const COLLECTION_OF: Record<string, string> = { Place: 'places', Term: 'terms', Person: 'people' };

function idsIn(dir: string): Set<string> {
  try {
    return new Set(
      readdirSync(dir)
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => f.slice(0, -'.yaml'.length)),
    );
  } catch {
    return new Set();
  }
}

/** {"Place:shusha" → 2, …} → { places: ["shusha"], terms: [], people: [] } */
function mentionsOf(seen: Map<string, number>) {
  const out: Record<string, string[]> = { places: [], terms: [], people: [] };
  for (const key of seen.keys()) {
    const [component, id] = key.split(':') as [string, string];
    out[COLLECTION_OF[component]!]!.push(id);
  }
  return out;
}

const attr = (name: string, value: string) => ({ type: 'mdxJsxAttribute', name, value });

/** Each document's clause label and clause numbers, read from content/documents/*.yaml (the schema checks the rest). */
function clauseTargets(dir: string): Map<string, ClauseTargets> {
  const out = new Map<string, ClauseTargets>();
  for (const id of idsIn(dir)) {
    const data = parse(readFileSync(join(dir, `${id}.yaml`), 'utf8')) as { clauseLabel?: string; clauses?: { n?: unknown }[] } | null;
    out.set(id, { label: String(data?.clauseLabel), numbers: new Set((data?.clauses ?? []).map((c) => String(c.n))) });
  }
  return out;
}

/** The plain text of a node, as a heading shows it. */
const textOf = (node: Node): string => node.value ?? (node.children ?? []).map(textOf).join('');

/** A clause an MDX page links to, with the heading of the section it is in (none before the first heading). */
export interface ClauseUse {
  doc: string;
  anchor: string;
  heading?: string;
}

export function remarkEditorial(options: { contentDir?: string; publicDir?: string } = {}) {
  return (tree: Node, file: VFile) => {
    const contentDir = options.contentDir ?? resolve(file.cwd, process.env.CONTENT_DIR ?? 'content');
    const publicDir = options.publicDir ?? resolve(file.cwd, 'public');
    const known: Record<string, Set<string>> = {
      sources: idsIn(join(contentDir, 'sources')),
      places: idsIn(join(contentDir, 'places')),
      terms: idsIn(join(contentDir, 'terms')),
      people: idsIn(join(contentDir, 'people')),
    };
    let documents: Map<string, ClauseTargets> | undefined;
    const where = (node: Node) => ({ file: file.path ?? 'an MDX file', line: node.position?.start.line });
    const fail = (node: Node, message: string, hint?: string): never => {
      throw contentError({ ...where(node), message }, hint);
    };
    const unknown = (node: Node, subject: string, collection: string, id: string): never => {
      throw contentError(unknownIdFault(where(node), subject, collection, id, known[collection]!), UNKNOWN_ID_HINT);
    };
    /** A root-relative address of a file ("/maps/x.png") that neither public/ nor a route (src/pages/data/events.csv.ts) has. */
    const missingFile = (url: unknown) => {
      if (typeof url !== 'string' || !/^\/[^/]/.test(url)) return false;
      const path = decodeURIComponent(url.split(/[?#]/)[0]!);
      return /\.[a-z0-9]+$/i.test(path) && !existsSync(join(publicDir, path)) && !existsSync(join(file.cwd, 'src/pages', `${path}.ts`));
    };

    const numbering = new CitationNumbering();
    const seen = new Map<string, number>();
    const clauses: ClauseUse[] = [];
    let heading: string | undefined;
    const sections: Record<string, number[]> = {};
    let headings = 0;
    const notes: Node[] = [];
    let inNotes = false;
    let inShort = false;

    const visit = (node: Node) => {
      const children = node.children;
      if (!children) return;
      for (let i = 0; i < children.length; i++) {
        const child = children[i]!;
        if (child.type === 'heading') {
          heading = textOf(child).trim();
          headings++;
        }
        if (child.type === 'text' && child.value?.includes('[@')) {
          let segments;
          try {
            segments = splitCitations(child.value);
          } catch (e) {
            fail(child, (e as Error).message, 'Cite as [@source-id], with an id of lower-case letters, digits and hyphens.');
          }
          const replacement: Node[] = [];
          for (const seg of segments!) {
            if ('text' in seg) {
              replacement.push({ type: 'text', value: seg.text });
              continue;
            }
            for (const ref of seg.cites) {
              if (!known.sources!.has(ref.id)) unknown(child, `citation [@${ref.id}]`, 'sources', ref.id);
              const c = numbering.add(ref);
              const attributes = [attr('n', String(c.n)), attr('k', String(c.k))];
              if (c.locator) attributes.push(attr('locator', c.locator));
              replacement.push({ type: 'mdxJsxTextElement', name: 'Cite', attributes, children: [] });
            }
          }
          children.splice(i, 1, ...replacement);
          i += replacement.length - 1;
          continue;
        }
        if (child.type === 'mdxJsxFlowElement' && child.name === 'InShort') inShort = true;
        if ((child.type === 'mdxJsxTextElement' || child.type === 'mdxJsxFlowElement') && child.name === 'Note') {
          const hint = 'Write a note inline, right after the sentence it belongs to: …sentence.[@source-id]<Note>Which outlet said what.</Note>';
          if (child.type === 'mdxJsxFlowElement') fail(child, '<Note> stands in a block of its own', hint);
          if (inNotes) fail(child, '<Note> inside a <Note>', 'Notes are not nested: put the detail in the same note.');
          if (!textOf(child).trim()) fail(child, '<Note> is empty', hint);
          const letter = noteLetter(notes.length + 1);
          notes.push({ type: 'mdxJsxFlowElement', name: 'NoteItem', attributes: [attr('letter', letter)], children: child.children ?? [], position: child.position });
          children.splice(i, 1, { type: 'mdxJsxTextElement', name: 'NoteMark', attributes: [attr('letter', letter)], children: [] });
          // The marker sits against its sentence, as a citation does, even when the author left a space before <Note>.
          const before = children[i - 1];
          if (before?.type === 'text' && before.value) before.value = before.value.trimEnd();
          continue;
        }
        if ((child.type === 'image' || child.type === 'link') && missingFile(child.url)) {
          fail(child, `${child.type === 'image' ? 'image' : 'link'} "${child.url}": no such file in public/`, 'Put the file in public/ (served from the site root), or correct the address.');
        }
        if ((child.type === 'mdxJsxTextElement' || child.type === 'mdxJsxFlowElement') && (child.name === 'img' || child.name === 'a')) {
          const name = child.name === 'img' ? 'src' : 'href';
          const url = child.attributes?.find((a) => a.name === name)?.value;
          if (missingFile(url)) fail(child, `<${child.name} ${name}="${url}">: no such file in public/`, 'Put the file in public/ (served from the site root), or correct the address.');
        }
        if ((child.type === 'mdxJsxTextElement' || child.type === 'mdxJsxFlowElement') && child.name && CHOICES[child.name]) {
          for (const [name, allowed] of Object.entries(CHOICES[child.name]!)) {
            const value = child.attributes?.find((a) => a.name === name)?.value;
            if (typeof value !== 'string') continue;
            if (allowed === 'date' ? !isPartialDate(value) : !allowed.includes(value)) {
              const expected = allowed === 'date' ? 'a date written "YYYY", "YYYY-MM" or "YYYY-MM-DD"' : `one of ${allowed.join(', ')}`;
              fail(child, `<${child.name} ${name}="${value}">: expected ${expected}`);
            }
          }
        }
        if ((child.type === 'mdxJsxTextElement' || child.type === 'mdxJsxFlowElement') && child.name) {
          const collection = COLLECTION_OF[child.name];
          if (collection) {
            const idAttr = child.attributes?.find((a) => a.name === 'id');
            const id = typeof idAttr?.value === 'string' ? idAttr.value : undefined;
            if (!id) fail(child, `<${child.name}> has no id`, `Write it with one, for example <${child.name} id="…" />.`);
            if (!known[collection]!.has(id!)) unknown(child, `<${child.name} id="${id}">`, collection, id!);
            const key = `${child.name}:${id}`;
            const k = (seen.get(key) ?? 0) + 1;
            seen.set(key, k);
            const list = (sections[`${collection}:${id}`] ??= []);
            if (!list.includes(headings)) list.push(headings);
            // Place shows both names at k=1; Term makes its preview's id unique with k. Person needs neither.
            if (child.name !== 'Person') child.attributes!.push(attr('k', String(k)));
          }
          if (child.name === 'Clause') {
            const given = Object.fromEntries(
              (child.attributes ?? []).filter((a) => typeof a.value === 'string').map((a) => [a.name, a.value as string]),
            );
            documents ??= clauseTargets(join(contentDir, 'documents'));
            let use: ReturnType<typeof resolveClause> | undefined;
            try {
              use = resolveClause(documents, given);
            } catch (e) {
              fail(child, (e as Error).message);
            }
            child.attributes = [attr('href', use!.href), ...(child.attributes ?? []).filter((a) => a.name !== 'doc' && !(CLAUSE_ATTRIBUTES as readonly (string | undefined)[]).includes(a.name))];
            clauses.push({ doc: use!.doc, anchor: use!.anchor, ...(heading ? { heading } : {}) });
          }
        }
        visit(child);
      }
    };
    visit(tree);
    if (notes.length > 0) {
      const list: Node = { type: 'mdxJsxFlowElement', name: 'Notes', attributes: [], children: notes };
      tree.children!.push(list);
      inNotes = true;
      visit(list);
    }

    file.data.astro ??= {};
    file.data.astro.frontmatter ??= {};
    file.data.astro.frontmatter.citations = numbering.list();
    file.data.astro.frontmatter.mentions = mentionsOf(seen);
    file.data.astro.frontmatter.clauses = clauses;
    file.data.astro.frontmatter.sections = sections;
    file.data.astro.frontmatter.apparatus = { inShort, notes: notes.length };
  };
}
