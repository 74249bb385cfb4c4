/**
 * /search/timeline.json: one search record per timeline event
 * (src/lib/timeline-search.ts), for the Pagefind integration, which indexes
 * them and deletes this file: it is never served.
 */
import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/site.ts';
import { formatPartialDate } from '../../lib/dates.ts';
import { eventSearchRecord } from '../../lib/timeline-search.ts';
import { lang, t } from '../../i18n/index.ts';

export const GET: APIRoute = async () => {
  const { events, byId } = await loadSite();
  const records = events.map((e) =>
    eventSearchRecord(
      {
        id: e.id,
        date: formatPartialDate(e.data.date),
        title: e.data.title,
        summary: e.data.summary,
        places: e.data.places.map((p) => byId.places.get(p.id)!.data.name),
      },
      lang,
      t('event.places'),
    ),
  );
  return new Response(JSON.stringify(records), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
