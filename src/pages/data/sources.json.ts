/** /data/sources.json: the bibliography, with the field list and licence (src/lib/open-data.ts). */
import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/site.ts';
import { DATASETS, fileHeader, sourceRecord } from '../../lib/open-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const { sources } = await loadSite();
  const body = { ...fileHeader(DATASETS.sources, site!), sources: sources.map((s) => sourceRecord(s.id, s.data)) };
  return new Response(JSON.stringify(body, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
