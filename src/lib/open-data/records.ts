/** One record of the open data per entry, built from the entry's data; the field lists are in fields.ts. */
import type { CollectionEntry } from 'astro:content';
import type { collections } from '../../content.config.ts';
import { isoDate, precisionOf } from '../dates.ts';
import { allNames, formerNames } from '../places.ts';
import { clauseAnchor } from '../documents.ts';

export type DataValue = string | number | boolean | string[] | null | DataRecord[];
export type DataRecord = { [field: string]: DataValue };

const ids = (refs: { id: string }[]) => refs.map((r) => r.id);

type Data<C extends keyof typeof collections> = CollectionEntry<C>['data'];

export function eventRecord(id: string, d: Data<'events'>, site: URL): DataRecord {
  return {
    id,
    date: d.date,
    precision: precisionOf(d.date),
    time: d.time ?? null,
    title: d.title,
    summary: d.summary,
    period: d.period,
    places: ids(d.places),
    sources: ids(d.sources),
    url: new URL(`/timeline/#${id}`, site).href,
  };
}

export function sourceRecord(id: string, d: Data<'sources'>): DataRecord {
  return {
    id,
    title: d.title,
    publisher: d.publisher,
    author: d.author ?? null,
    published: d.published ? isoDate(d.published) : null,
    url: d.url,
    readAt: d.readAt ?? null,
    accessed: isoDate(d.accessed),
    type: d.type,
    kind: d.kind,
    basedIn: d.basedIn,
    language: d.language,
  };
}

/** A place as a GeoJSON Feature: a Point where coordinates are sourced, else a null geometry. */
export function placeFeature(id: string, d: Data<'places'>, site: URL) {
  const properties: DataRecord = {
    id,
    name: d.name,
    otherName: d.otherName ?? null,
    armenianLatin: d.armenian?.latin ?? null,
    armenianNative: d.armenian?.native ?? null,
    azerbaijaniLatin: d.azerbaijani?.latin ?? null,
    azerbaijaniNative: d.azerbaijani?.native ?? null,
    russian: d.russian ?? null,
    former: formerNames(d.former),
    names: allNames(d),
    kind: d.kind,
    summary: d.summary,
    sources: ids(d.sources),
    url: new URL(`/places/${id}/`, site).href,
  };
  const geometry = d.coordinates ? { type: 'Point' as const, coordinates: d.coordinates } : null;
  return { type: 'Feature' as const, id, geometry, properties };
}

export function termRecord(id: string, d: Data<'terms'>, site: URL): DataRecord {
  return {
    id,
    term: d.term,
    abbr: d.abbr ?? null,
    short: d.short,
    definition: d.definition,
    contested: d.contested,
    usedBy: d.usedBy ?? null,
    implies: d.implies ?? null,
    siteUses: d.siteUses ?? null,
    sources: ids(d.sources),
    url: new URL(`/glossary/#${id}`, site).href,
  };
}

export function documentRecord(id: string, d: Data<'documents'>, site: URL): DataRecord {
  const page = new URL(`/documents/${id}/`, site).href;
  return {
    id,
    title: d.title,
    shortTitle: d.shortTitle,
    date: d.date,
    inForce: d.inForce ?? null,
    kind: d.kind,
    parties: d.parties,
    signatories: d.signatories,
    summary: d.summary,
    context: d.context,
    contextSources: ids(d.contextSources),
    textLanguage: d.text.language,
    textPublishedBy: d.text.publishedBy,
    textSources: ids(d.text.sources),
    clauseLabel: d.clauseLabel,
    clauses: d.clauses.map((c) => ({
      n: c.n,
      anchor: clauseAnchor(d.clauseLabel, c.n),
      title: c.title,
      text: c.text,
      verbatim: c.verbatim ?? d.text.verbatim,
      textSources: ids(c.textSources ?? d.text.sources),
      status: c.status,
      statusDate: c.statusDate,
      statusNote: c.statusNote,
      statusSources: ids(c.statusSources),
      accounts: c.accounts.map((a) => ({
        party: a.party,
        who: a.who,
        date: a.date,
        text: a.text,
        sources: ids(a.sources),
      })),
      url: `${page}#${clauseAnchor(d.clauseLabel, c.n)}`,
    })),
    lastReviewed: isoDate(d.lastReviewed),
    url: page,
  };
}
