/** /data/terms.json: the glossary, with the field list and licence (src/lib/open-data.ts). */
import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/site.ts';
import { DATASETS, fileHeader, termRecord } from '../../lib/open-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const { terms } = await loadSite();
  const body = { ...fileHeader(DATASETS.terms, site!), terms: terms.map((t) => termRecord(t.id, t.data, site!)) };
  return new Response(JSON.stringify(body, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
