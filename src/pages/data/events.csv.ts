/** /data/events.csv: the events of events.json as CSV (RFC 4180), one column per field. */
import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/site.ts';
import { EVENT_FIELDS } from '../../lib/open-data/fields.ts';
import { eventRecord } from '../../lib/open-data/records.ts';
import { recordsToCsv } from '../../lib/open-data/csv.ts';

export const GET: APIRoute = async ({ site }) => {
  const { events } = await loadSite();
  const csv = recordsToCsv(
    events.map((e) => eventRecord(e.id, e.data, site!)),
    EVENT_FIELDS,
  );
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
