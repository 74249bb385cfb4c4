/**
 * All content, loaded once per build, and the one way from an id to its
 * entry. Citations flow one way: the editorial plugins collect what each MDX page
 * cites and names (src/markdown/editorial.ts); this module renders
 * each page once, reads that back typed (`renderOf`, `citationsOf`),
 * checks every reference in one pass before any page uses the
 * content, and turns it round into "Cited in" and "Mentioned on" (`loadUsage`).
 * The checks and the turning round are plain functions of plain arrays
 * (`referenceFaults`, `checkReferences`, `sourcesCited`, `usageOf`), tested in
 * site.test.ts without Astro.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { z } from 'astro/zod';
import { brokenReferences, type EntryLike } from './integrity.ts';
import { copyHostUrls, duplicateUrls, type SourceLike } from './source-checks.ts';
import { contentError, unknownIdFault, UNKNOWN_ID_HINT, type Fault } from './content-error.ts';
import { compareEvents } from './timeline.ts';
import { resolveClause, type ClauseTargets } from './documents.ts';
import type { Editorial, NamedCollection } from '../markdown/editorial.ts';

/** The pages written in MDX, whose citations and names editorial.ts collects. */
export type MdxEntry = CollectionEntry<'explainers'> | CollectionEntry<'home'>;

const ids = z.array(z.string());
const line = z.number().optional();
/** What editorial.ts writes into the frontmatter, checked on the way back in. */
const editorialSchema: z.ZodType<Editorial> = z.object({
  citations: z.array(z.object({ id: z.string(), count: z.number() })),
  references: z.array(
    z.object({
      collection: z.enum(['sources', 'places', 'terms', 'people']),
      id: z.string(),
      subject: z.string(),
      line,
    }),
  ),
  mentions: z.object({ places: ids, terms: ids, people: ids }),
  clauses: z.array(
    z.object({
      doc: z.string(),
      label: z.string(),
      n: z.string(),
      anchor: z.string(),
      heading: z.string().optional(),
      line,
    }),
  ),
  sections: z.record(z.string(), z.array(z.number())),
  apparatus: z.object({ inShort: z.boolean(), notes: z.number() }),
});

const rendered = new Map<string, ReturnType<typeof renderOnce>>();

async function renderOnce(entry: MdxEntry) {
  const { Content, headings, remarkPluginFrontmatter } = await render(entry);
  return { Content, headings, editorial: editorialSchema.parse(remarkPluginFrontmatter.editorial) };
}

/** An MDX page's content, headings and what editorial.ts collected from it: rendered once per build. */
export function renderOf(entry: MdxEntry) {
  const key = `${entry.collection}:${entry.id}`;
  let result = rendered.get(key);
  if (!result) rendered.set(key, (result = renderOnce(entry)));
  return result;
}

const byIdOf = <T extends { id: string }>(entries: T[]) => new Map(entries.map((e) => [e.id, e]));

/** What the checks need of an MDX page: its collection and id, and its file when Astro knows it. */
export interface PageLike {
  collection: string;
  id: string;
  filePath?: string;
}

/** What the checks need of a document: its id, what it calls its clauses, and their numbers. */
export type DocumentLike = EntryLike & { data: { clauseLabel: string; clauses: { n: number | string }[] } };

/** Every fault in the references of the MDX pages: ids that name no entry, clauses a document does not have. */
export function referenceFaults(
  pages: { entry: PageLike; editorial: Pick<Editorial, 'references' | 'clauses'> }[],
  known: Record<NamedCollection, Map<string, unknown>>,
  documents: DocumentLike[],
) {
  const targets = new Map<string, ClauseTargets>(
    documents.map((d) => [
      d.id,
      { label: d.data.clauseLabel, numbers: new Set(d.data.clauses.map((c) => String(c.n))) },
    ]),
  );
  const unknown: Fault[] = [];
  const clauses: Fault[] = [];
  for (const { entry, editorial } of pages) {
    const file = entry.filePath ?? `content/${entry.collection}/${entry.id}.mdx`;
    for (const r of editorial.references) {
      if (!known[r.collection].has(r.id))
        unknown.push(unknownIdFault({ file, line: r.line }, r.subject, r.collection, r.id, known[r.collection].keys()));
    }
    for (const c of editorial.clauses) {
      try {
        resolveClause(targets, { doc: c.doc, [c.label]: c.n });
      } catch (e) {
        clauses.push({ file, line: c.line, message: (e as Error).message });
      }
    }
  }
  return { unknown, clauses };
}

/** The collections the reference checks read, as plain entries. */
export interface CheckedContent {
  sources: (EntryLike & SourceLike)[];
  events: EntryLike[];
  places: EntryLike[];
  terms: EntryLike[];
  people: EntryLike[];
  documents: DocumentLike[];
}

/**
 * The one validation pass: every id in the YAML entries and the MDX pages names
 * an entry, every clause an MDX page links to exists, and no source is a copy
 * or another's duplicate. Throws a ContentError listing every fault of the
 * first kind found; returns the warnings (sources still waiting for their originals).
 */
export function checkReferences(
  content: CheckedContent,
  pages: { entry: PageLike; editorial: Pick<Editorial, 'references' | 'clauses'> }[],
  readText?: (file: string) => string,
): { warnings: string[] } {
  const known = {
    sources: byIdOf(content.sources),
    places: byIdOf(content.places),
    terms: byIdOf(content.terms),
    people: byIdOf(content.people),
  };
  const mdx = referenceFaults(pages, known, content.documents);
  const broken = [...brokenReferences({ ...content }, readText), ...mdx.unknown];
  if (broken.length > 0) throw contentError(broken, UNKNOWN_ID_HINT);
  if (mdx.clauses.length > 0) throw contentError(mdx.clauses);
  const copies = copyHostUrls(content.sources);
  const bibliography = [...duplicateUrls(content.sources), ...copies.problems];
  if (bibliography.length > 0)
    throw contentError(
      bibliography,
      'CONTRIBUTING.md, "A source", says what the build refuses in a source and how to cite a copy.',
    );
  return { warnings: copies.warnings };
}

/** A numbered list of {id, count} (an MDX page's, or a document page's) as the References list takes it: each source with its count. */
export function sourcesCited<S>(
  sources: Map<string, S>,
  list: { id: string; count: number }[],
): { source: S; count: number }[] {
  return list.map(({ id, count }) => {
    const source = sources.get(id);
    // checkReferences has found every id an MDX page cites, and brokenReferences those of the YAML entries.
    if (!source) throw new Error(`source "${id}" escaped the reference checks of loadSite()`);
    return { source, count };
  });
}

async function load() {
  const [explainers, sources, events, places, terms, people, home, documents] = await Promise.all([
    getCollection('explainers', (e) => import.meta.env.DEV || !e.data.draft),
    getCollection('sources'),
    getCollection('events'),
    getCollection('places'),
    getCollection('terms'),
    getCollection('people'),
    getCollection('home'),
    getCollection('documents'),
  ]);
  const byId = {
    sources: byIdOf(sources),
    events: byIdOf(events),
    places: byIdOf(places),
    terms: byIdOf(terms),
    people: byIdOf(people),
    documents: byIdOf(documents),
  };
  const pages = await Promise.all(
    [...home, ...explainers].map(async (entry) => ({ entry, editorial: (await renderOf(entry)).editorial })),
  );
  const { warnings } = checkReferences({ sources, events, places, terms, people, documents }, pages);
  for (const w of warnings) console.warn(`[sources] ${w}`);
  explainers.sort((a, b) => a.data.order - b.data.order);
  events.sort((a, b) => compareEvents({ id: a.id, ...a.data }, { id: b.id, ...b.data }));
  documents.sort((a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id));
  /** The sources of a numbered list of {id, count} (a document page's), as the References list takes them. */
  const cited = (list: { id: string; count: number }[]) => sourcesCited(byId.sources, list);
  /** The entries of a YAML entry's `sources`, in order. */
  const sourcesOf = (refs: { id: string }[]) => cited(refs.map(({ id }) => ({ id, count: 1 }))).map((c) => c.source);
  return { explainers, sources, events, places, terms, people, home, documents, byId, sourcesCited: cited, sourcesOf };
}

let cached: ReturnType<typeof load> | undefined;

/** Every collection, sorted, with `byId` maps; fails the build on any broken reference first. */
export function loadSite() {
  cached ??= load();
  return cached;
}

/** The sources an MDX page cites, in the order of their numbers, each with how many times it is cited. */
export async function citationsOf(entry: MdxEntry) {
  const [{ byId }, { editorial }] = await Promise.all([loadSite(), renderOf(entry)]);
  return sourcesCited(byId.sources, editorial.citations);
}

export interface PageRef {
  href: string;
  title: string;
}

export interface Usage {
  /** Source id → pages that cite it. */
  cites: Map<string, PageRef[]>;
  /** "terms:nkao" → pages that mention it (also for places and people, whose pages list sections instead). */
  mentions: Map<string, PageRef[]>;
  /** "trilateral-statement-2020#point-6" → the explainer sections that link to the clause. */
  clauses: Map<string, PageRef[]>;
  /** "places:shusha" → the sections of explainers that name it, in page order. */
  sections: Map<string, SectionRef[]>;
}

export interface SectionRef {
  /** The page's address with the section's #anchor (none for the page's opening). */
  href: string;
  page: string;
  /** The section's heading; undefined for the page's opening, before any heading. */
  section?: string;
}

function push(map: Map<string, PageRef[]>, key: string, page: PageRef) {
  const list = map.get(key) ?? [];
  if (!list.some((p) => p.href === page.href)) list.push(page);
  map.set(key, list);
}

type Ref = { id: string };

/** What "Cited in" and "Mentioned on" read of each collection, as plain entries. */
export interface UsageContent<P extends PageLike> {
  home: P[];
  explainers: (P & { data: { title: string } })[];
  events: { id: string; data: { title: string; sources: Ref[] } }[];
  places: { id: string; data: { name: string; sources: Ref[] } }[];
  terms: { id: string; data: { term: string; sources: Ref[] } }[];
  people: { id: string; data: { name: string; sources: Ref[] } }[];
  documents: {
    id: string;
    data: {
      shortTitle: string;
      contextSources: Ref[];
      text: { sources: Ref[] };
      clauses: { textSources?: Ref[]; statusSources: Ref[]; accounts: { sources: Ref[] }[] }[];
    };
  }[];
}

/** An MDX page as rendered: what editorial.ts collected, and the headings Astro lists, in order. */
export interface RenderedPage {
  editorial: Pick<Editorial, 'citations' | 'clauses' | 'mentions' | 'sections'>;
  headings: { slug: string; text: string }[];
}

/**
 * Turns the references round: for each source the pages that cite it (MDX
 * pages, timeline events, documents, places, terms, people); for each place,
 * term and person the MDX pages and sections that name it; for each clause
 * the sections that link to it.
 */
export function usageOf<P extends PageLike>(site: UsageContent<P>, renderedOf: (entry: P) => RenderedPage): Usage {
  const cites = new Map<string, PageRef[]>();
  const mentions = new Map<string, PageRef[]>();
  const clauses = new Map<string, PageRef[]>();
  const sections = new Map<string, SectionRef[]>();
  const pages = [
    ...site.home.map((e) => ({ entry: e, page: { href: '/', title: 'Home' } })),
    ...site.explainers.map((e) => ({ entry: e, page: { href: `/explainers/${e.id}/`, title: e.data.title } })),
  ];
  for (const { entry, page } of pages) {
    const { editorial, headings } = renderedOf(entry);
    for (const c of editorial.citations) push(cites, c.id, page);
    for (const c of editorial.clauses) {
      const section = headings.find((h) => h.text === c.heading);
      const ref = section ? { href: `${page.href}#${section.slug}`, title: `${page.title}: ${section.text}` } : page;
      push(clauses, `${c.doc}#${c.anchor}`, ref);
    }
    for (const [collection, ids] of Object.entries(editorial.mentions)) {
      for (const id of ids) push(mentions, `${collection}:${id}`, page);
    }
    for (const [key, indexes] of Object.entries(editorial.sections)) {
      const list = sections.get(key) ?? [];
      for (const i of indexes) {
        // editorial.ts counts the headings before a mention; Astro lists the same headings in order.
        const h = i === 0 ? undefined : headings[i - 1];
        if (i > 0 && !h) throw new Error(`${page.href}: heading ${i} not found for ${key}`);
        list.push({ href: h ? `${page.href}#${h.slug}` : page.href, page: page.title, section: h?.text });
      }
      sections.set(key, list);
    }
  }
  for (const e of site.events) {
    for (const s of e.data.sources)
      push(cites, s.id, { href: `/timeline/#${e.id}`, title: `Timeline: ${e.data.title}` });
  }
  const entryPages = [
    ...site.places.map((e) => ({ e, href: `/places/${e.id}/`, title: `Places: ${e.data.name}` })),
    ...site.terms.map((e) => ({ e, href: `/glossary/#${e.id}`, title: `Glossary: ${e.data.term}` })),
    ...site.people.map((e) => ({ e, href: `/people/${e.id}/`, title: `People: ${e.data.name}` })),
  ];
  for (const d of site.documents) {
    const page = { href: `/documents/${d.id}/`, title: `Documents: ${d.data.shortTitle}` };
    const { contextSources, text, clauses: parts } = d.data;
    for (const s of [
      ...contextSources,
      ...text.sources,
      ...parts.flatMap((c) => [...(c.textSources ?? []), ...c.statusSources, ...c.accounts.flatMap((a) => a.sources)]),
    ])
      push(cites, s.id, page);
  }
  for (const { e, href, title } of entryPages) {
    for (const s of e.data.sources) push(cites, s.id, { href, title });
  }
  return { cites, mentions, clauses, sections };
}

async function usage(): Promise<Usage> {
  const site = await loadSite();
  const rendered = new Map<MdxEntry, RenderedPage>();
  for (const entry of [...site.home, ...site.explainers]) rendered.set(entry, await renderOf(entry));
  return usageOf<MdxEntry>(site, (entry) => rendered.get(entry)!);
}

let cachedUsage: Promise<Usage> | undefined;

/** Which pages cite each source and mention each place, term and person. */
export function loadUsage() {
  cachedUsage ??= usage();
  return cachedUsage;
}
