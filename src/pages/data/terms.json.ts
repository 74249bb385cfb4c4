/** /data/terms.json: the glossary, with the field list and licence (src/lib/open-data/). */
import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/site.ts';
import { DATASETS, fileHeader } from '../../lib/open-data/datasets.ts';
import { termRecord } from '../../lib/open-data/records.ts';

export const GET: APIRoute = async ({ site }) => {
  const { terms } = await loadSite();
  const body = { ...fileHeader(DATASETS.terms, site!), terms: terms.map((t) => termRecord(t.id, t.data, site!)) };
  return new Response(JSON.stringify(body, null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
