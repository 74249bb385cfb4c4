/**
 * All content, loaded once per build and checked for broken references
 * before any page uses it.
 */
import { getCollection, render } from 'astro:content';
import { brokenReferences } from './integrity.ts';
import { copyHostUrls, duplicateUrls } from './source-checks.ts';
import { contentError, UNKNOWN_ID_HINT } from './content-error.ts';
import { compareEvents } from './timeline.ts';
import type { ClauseUse } from '../markdown/remark-editorial.ts';

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
  const copies = copyHostUrls(sources);
  for (const w of copies.warnings) console.warn(`[sources] ${w}`);
  const broken = brokenReferences({ sources, events, places, terms, people, documents });
  if (broken.length > 0) throw contentError(broken, UNKNOWN_ID_HINT);
  const bibliography = [...duplicateUrls(sources), ...copies.problems];
  if (bibliography.length > 0) throw contentError(bibliography, 'CONTRIBUTING.md, "A source", says what the build refuses in a source and how to cite a copy.');
  explainers.sort((a, b) => a.data.order - b.data.order);
  events.sort((a, b) => compareEvents({ id: a.id, ...a.data }, { id: b.id, ...b.data }));
  documents.sort((a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id));
  return { explainers, sources, events, places, terms, people, home, documents };
}

let cached: ReturnType<typeof load> | undefined;

export function loadSite() {
  cached ??= load();
  return cached;
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
    const { remarkPluginFrontmatter: fm, headings } = await render(entry);
    for (const c of (fm.citations ?? []) as { id: string }[]) push(cites, c.id, page);
    for (const c of (fm.clauses ?? []) as ClauseUse[]) {
      const section = headings.find((h) => h.text === c.heading);
      const ref = section ? { href: `${page.href}#${section.slug}`, title: `${page.title}: ${section.text}` } : page;
      push(clauses, `${c.doc}#${c.anchor}`, ref);
    }
    for (const [collection, ids] of Object.entries((fm.mentions ?? {}) as Record<string, string[]>)) {
      for (const id of ids) push(mentions, `${collection}:${id}`, page);
    }
    for (const [key, indexes] of Object.entries((fm.sections ?? {}) as Record<string, number[]>)) {
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
