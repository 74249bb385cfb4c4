/** /data/documents.json: the primary documents clause by clause, with the field list and licence (src/lib/open-data/). */
import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/site.ts';
import { DATASETS, fileHeader } from '../../lib/open-data/datasets.ts';
import { documentRecord } from '../../lib/open-data/records.ts';

export const GET: APIRoute = async ({ site }) => {
  const { documents } = await loadSite();
  const body = {
    ...fileHeader(DATASETS.documents, site!),
    documents: documents.map((d) => documentRecord(d.id, d.data, site!)),
  };
  return new Response(JSON.stringify(body, null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
