/**
 * All content, loaded once per build, and the one way from an id to its
 * entry. Citations flow one way: remark-editorial collects what each MDX page
 * cites and names (src/markdown/remark-editorial.ts); this module renders
 * each page once, reads that back typed (`renderOf`, `citationsOf`,
 * `mentionsOf`), checks every reference in one pass before any page uses the
 * content, and turns it round into "Cited in" and "Mentioned on" (`loadUsage`).
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { z } from 'astro/zod';
import { brokenReferences } from './integrity.ts';
import { copyHostUrls, duplicateUrls } from './source-checks.ts';
import { contentError, unknownIdFault, UNKNOWN_ID_HINT, type Fault } from './content-error.ts';
import { compareEvents } from './timeline.ts';
import { resolveClause, type ClauseTargets } from './documents.ts';
import type { Editorial } from '../markdown/remark-editorial.ts';

/** The pages written in MDX, whose citations and names remark-editorial collects. */
export type MdxEntry = CollectionEntry<'explainers'> | CollectionEntry<'home'>;

const ids = z.array(z.string());
const line = z.number().optional();
/** What remark-editorial writes into the frontmatter, checked on the way back in. */
const editorialSchema: z.ZodType<Editorial> = z.object({
  citations: z.array(z.object({ id: z.string(), count: z.number() })),
  references: z.array(z.object({ collection: z.enum(['sources', 'places', 'terms', 'people']), id: z.string(), subject: z.string(), line })),
  mentions: z.object({ places: ids, terms: ids, people: ids }),
  clauses: z.array(z.object({ doc: z.string(), label: z.string(), n: z.string(), anchor: z.string(), heading: z.string().optional(), line })),
  sections: z.record(z.string(), z.array(z.number())),
  apparatus: z.object({ inShort: z.boolean(), notes: z.number() }),
});

const rendered = new Map<string, ReturnType<typeof renderOnce>>();

async function renderOnce(entry: MdxEntry) {
  const { Content, headings, remarkPluginFrontmatter } = await render(entry);
  return { Content, headings, editorial: editorialSchema.parse(remarkPluginFrontmatter.editorial) };
}

/** An MDX page's content, headings and what remark-editorial collected from it: rendered once per build. */
export function renderOf(entry: MdxEntry) {
  const key = `${entry.collection}:${entry.id}`;
  let result = rendered.get(key);
  if (!result) rendered.set(key, (result = renderOnce(entry)));
  return result;
}

const byIdOf = <T extends { id: string }>(entries: T[]) => new Map(entries.map((e) => [e.id, e]));

/** Every fault in the references of the MDX pages: ids that name no entry, clauses a document does not have. */
function mdxFaults(pages: { entry: MdxEntry; editorial: Editorial }[], known: Record<'sources' | 'places' | 'terms' | 'people', Map<string, unknown>>, documents: CollectionEntry<'documents'>[]) {
  const targets = new Map<string, ClauseTargets>(documents.map((d) => [d.id, { label: d.data.clauseLabel, numbers: new Set(d.data.clauses.map((c) => String(c.n))) }]));
  const unknown: Fault[] = [];
  const clauses: Fault[] = [];
  for (const { entry, editorial } of pages) {
    const file = entry.filePath ?? `content/${entry.collection}/${entry.id}.mdx`;
    for (const r of editorial.references) {
      if (!known[r.collection].has(r.id)) unknown.push(unknownIdFault({ file, line: r.line }, r.subject, r.collection, r.id, known[r.collection].keys()));
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
  const byId = { sources: byIdOf(sources), events: byIdOf(events), places: byIdOf(places), terms: byIdOf(terms), people: byIdOf(people), documents: byIdOf(documents) };
  const copies = copyHostUrls(sources);
  for (const w of copies.warnings) console.warn(`[sources] ${w}`);
  const pages = await Promise.all([...home, ...explainers].map(async (entry) => ({ entry, editorial: (await renderOf(entry)).editorial })));
  const mdx = mdxFaults(pages, byId, documents);
  const broken = [...brokenReferences({ sources, events, places, terms, people, documents }), ...mdx.unknown];
  if (broken.length > 0) throw contentError(broken, UNKNOWN_ID_HINT);
  if (mdx.clauses.length > 0) throw contentError(mdx.clauses);
  const bibliography = [...duplicateUrls(sources), ...copies.problems];
  if (bibliography.length > 0) throw contentError(bibliography, 'CONTRIBUTING.md, "A source", says what the build refuses in a source and how to cite a copy.');
  explainers.sort((a, b) => a.data.order - b.data.order);
  events.sort((a, b) => compareEvents({ id: a.id, ...a.data }, { id: b.id, ...b.data }));
  documents.sort((a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id));
  /** A numbered list of {id, count} (an MDX page's, or a document page's) as the References list takes it. */
  const sourcesCited = (list: { id: string; count: number }[]) =>
    list.map(({ id, count }) => {
      const source = byId.sources.get(id);
      // The checks above have found every id an MDX page cites, and brokenReferences those of the YAML entries.
      if (!source) throw new Error(`source "${id}" escaped the reference checks of loadSite()`);
      return { source, count };
    });
  /** The entries of a YAML entry's `sources`, in order. */
  const sourcesOf = (refs: { id: string }[]) => sourcesCited(refs.map(({ id }) => ({ id, count: 1 }))).map((c) => c.source);
  return { explainers, sources, events, places, terms, people, home, documents, byId, sourcesCited, sourcesOf };
}

let cached: ReturnType<typeof load> | undefined;

/** Every collection, sorted, with `byId` maps; fails the build on any broken reference first. */
export function loadSite() {
  cached ??= load();
  return cached;
}

/** The sources an MDX page cites, in the order of their numbers, each with how many times it is cited. */
export async function citationsOf(entry: MdxEntry) {
  const [{ sourcesCited }, { editorial }] = await Promise.all([loadSite(), renderOf(entry)]);
  return sourcesCited(editorial.citations);
}

/** The places, terms and people an MDX page names, each once, by collection. */
export async function mentionsOf(entry: MdxEntry) {
  return (await renderOf(entry)).editorial.mentions;
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

async function usage(): Promise<Usage> {
  const site = await loadSite();
  const cites = new Map<string, PageRef[]>();
  const mentions = new Map<string, PageRef[]>();
  const clauses = new Map<string, PageRef[]>();
  const sections = new Map<string, SectionRef[]>();
  const pages = [
    ...site.home.map((e) => ({ entry: e, page: { href: '/', title: 'Home' } })),
    ...site.explainers.map((e) => ({ entry: e, page: { href: `/explainers/${e.id}/`, title: e.data.title } })),
  ];
  for (const { entry, page } of pages) {
    const { editorial, headings } = await renderOf(entry);
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
        // remark-editorial counts the headings before a mention; Astro lists the same headings in order.
        const h = i === 0 ? undefined : headings[i - 1];
        if (i > 0 && !h) throw new Error(`${page.href}: heading ${i} not found for ${key}`);
        list.push({ href: h ? `${page.href}#${h.slug}` : page.href, page: page.title, section: h?.text });
      }
      sections.set(key, list);
    }
  }
  for (const e of site.events) {
    for (const s of e.data.sources) push(cites, s.id, { href: `/timeline/#${e.id}`, title: `Timeline: ${e.data.title}` });
  }
  const entryPages = [
    ...site.places.map((e) => ({ e, href: `/places/${e.id}/`, title: `Places: ${e.data.name}` })),
    ...site.terms.map((e) => ({ e, href: `/glossary/#${e.id}`, title: `Glossary: ${e.data.term}` })),
    ...site.people.map((e) => ({ e, href: `/people/${e.id}/`, title: `People: ${e.data.name}` })),
  ];
  for (const d of site.documents) {
    const page = { href: `/documents/${d.id}/`, title: `Documents: ${d.data.shortTitle}` };
    const { contextSources, text, clauses: parts } = d.data;
    for (const s of [...contextSources, ...text.sources, ...parts.flatMap((c) => [...(c.textSources ?? []), ...c.statusSources, ...c.accounts.flatMap((a) => a.sources)])]) push(cites, s.id, page);
  }
  for (const { e, href, title } of entryPages) {
    for (const s of e.data.sources) push(cites, s.id, { href, title });
  }
  return { cites, mentions, clauses, sections };
}

let cachedUsage: Promise<Usage> | undefined;

/** Which pages cite each source and mention each place, term and person. */
export function loadUsage() {
  cachedUsage ??= usage();
  return cachedUsage;
}
