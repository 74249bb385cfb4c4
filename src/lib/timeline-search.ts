/**
 * The timeline in search: each event is its own record at /timeline/#<event id>,
 * so that a query fetches the text of the events it matches rather than the
 * whole timeline (issue 20), and a result opens at the event. Each record is a
 * small HTML page that holds what the timeline shows of the event: its date,
 * title, summary and places. /search/timeline.json carries them to the Pagefind
 * integration, which indexes them under their own URLs and then deletes the file.
 * An event's words weigh a tenth of a page's, and its title is not a heading,
 * whose weight would lift it: otherwise, for a place's name, two of 221 short
 * events that name it outrank every explainer that discusses it
 * (tests/e2e/search.spec.ts wants an explainer in the top three; see also
 * RANKING in src/client/search-ui.ts).
 */
import { escapeMarkup } from './escape.ts';

export interface EventForSearch {
  id: string;
  /** The date as the timeline writes it ("15 January 1919"). */
  date: string;
  title: string;
  summary: string;
  /** The names of its places, as the timeline lists them. */
  places: string[];
}

/** The weight of an event's words (data-pagefind-weight). */
export const EVENT_WEIGHT = 0.1;

export interface SearchRecord {
  url: string;
  html: string;
}

/** One event's search record; `placesLabel` is the timeline's own "Places:". */
export function eventSearchRecord(event: EventForSearch, lang: string, placesLabel: string): SearchRecord {
  const places =
    event.places.length > 0 ? `<p>${escapeMarkup(placesLabel)} ${event.places.map(escapeMarkup).join(', ')}</p>` : '';
  return {
    url: `/timeline/#${encodeURIComponent(event.id)}`,
    html:
      `<!doctype html><html lang="${escapeMarkup(lang)}"><body>` +
      `<div data-pagefind-body data-pagefind-filter="section:Timeline" data-pagefind-weight="${EVENT_WEIGHT}">` +
      `<p>${escapeMarkup(event.date)}</p><p data-pagefind-meta="title">${escapeMarkup(event.title)}</p>` +
      `<p>${escapeMarkup(event.summary)}</p>${places}</div></body></html>`,
  };
}
