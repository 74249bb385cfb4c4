/** /data/events.json: every timeline event, with the field list and licence (src/lib/open-data/). */
import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/site.ts';
import { DATASETS, fileHeader } from '../../lib/open-data/datasets.ts';
import { eventRecord } from '../../lib/open-data/records.ts';

export const GET: APIRoute = async ({ site }) => {
  const { events } = await loadSite();
  const body = { ...fileHeader(DATASETS.events, site!), events: events.map((e) => eventRecord(e.id, e.data, site!)) };
  return new Response(JSON.stringify(body, null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
