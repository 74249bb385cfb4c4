/** The timeline's slices and filters, shared by the pages, the <Timeline> component and the filter script. */
import { PERIODS } from './vocabulary.ts';

export interface Dated {
  date: string;
  period: string;
}

export interface Slice {
  period?: string;
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD", inclusive. */
  from?: string;
  to?: string;
}

/**
 * True when an event falls in the slice. Partial dates compare by their
 * string form: "2020-10" comes after "2020-09-30" and before "2020-10-01".
 */
export function inSlice(event: Dated, slice: Slice): boolean {
  if (slice.period !== undefined && event.period !== slice.period) return false;
  if (slice.from !== undefined && event.date < slice.from) return false;
  if (slice.to !== undefined && event.date > slice.to) return false;
  return true;
}

/** Timeline order: by date, then by time of day (events without one first), then by id. */
export function compareEvents(
  a: { id: string; date: string; time?: string },
  b: { id: string; date: string; time?: string },
): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if ((a.time ?? '') !== (b.time ?? '')) return (a.time ?? '') < (b.time ?? '') ? -1 : 1;
  return a.id.localeCompare(b.id);
}

/** The periods in order, each with its events, leaving out periods with none. */
export function groupByPeriod<T>(events: T[], periodOf: (event: T) => string) {
  return PERIODS.map((p) => ({ ...p, events: events.filter((e) => periodOf(e) === p.id) })).filter(
    (g) => g.events.length > 0,
  );
}

/** How many events name each place. */
export function countPlaces(events: { places: string[] }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of events) for (const p of e.places) counts.set(p, (counts.get(p) ?? 0) + 1);
  return counts;
}

export function eventCount(n: number): string {
  return `${n} ${n === 1 ? 'event' : 'events'}`;
}

export interface TimelineFilter {
  period?: string;
  place?: string;
}

export function matchesFilter(event: { period: string; places: string[] }, filter: TimelineFilter): boolean {
  return (!filter.period || event.period === filter.period) && (!filter.place || event.places.includes(filter.place));
}

/** `?period=war-2020&place=shusha` → { period: 'war-2020', place: 'shusha' }; other parameters are ignored. */
export function filterFromSearch(search: string): TimelineFilter {
  const params = new URLSearchParams(search);
  return { period: params.get('period') || undefined, place: params.get('place') || undefined };
}

/** The query string for a filter, keeping any other parameters (such as ?highlight= from search). */
export function searchWithFilter(search: string, filter: TimelineFilter): string {
  const params = new URLSearchParams(search);
  for (const key of ['period', 'place'] as const) {
    const value = filter[key];
    if (value) params.set(key, value);
    else params.delete(key);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** "Showing all 152 events." or "Showing 12 of 152 events." */
export function showing(shown: number, total: number): string {
  return shown === total ? `Showing all ${eventCount(total)}.` : `Showing ${shown} of ${eventCount(total)}.`;
}
