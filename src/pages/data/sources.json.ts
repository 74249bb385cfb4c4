/** /data/sources.json: the bibliography, with the field list and licence (src/lib/open-data/). */
import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/site.ts';
import { DATASETS, fileHeader } from '../../lib/open-data/datasets.ts';
import { sourceRecord } from '../../lib/open-data/records.ts';

export const GET: APIRoute = async ({ site }) => {
  const { sources } = await loadSite();
  const body = { ...fileHeader(DATASETS.sources, site!), sources: sources.map((s) => sourceRecord(s.id, s.data)) };
  return new Response(JSON.stringify(body, null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
