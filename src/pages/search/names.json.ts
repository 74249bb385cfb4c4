/**
 * /search/names.json: every name of every place, person and glossary term,
 * in every script, for "Did you mean" (src/lib/suggest.ts). Fetched by the
 * search script only when a query finds nothing whose title matches.
 */
import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/site.ts';
import { allNames } from '../../lib/places.ts';

export const GET: APIRoute = async () => {
  const { places, people, terms } = await loadSite();
  const names = [
    ...places.flatMap((p) => allNames(p.data)),
    ...people.map((p) => p.data.name),
    ...terms.flatMap((t) => [t.data.term, t.data.abbr ?? '']),
  ].filter(Boolean);
  return new Response(JSON.stringify([...new Set(names)]), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
