/**
 * /data/places.geojson: every place as a GeoJSON Feature (RFC 7946). The
 * schema version, licence and field list are foreign members of the
 * FeatureCollection, which the RFC allows.
 */
import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/site.ts';
import { DATASETS, fileHeader } from '../../lib/open-data/datasets.ts';
import { placeFeature } from '../../lib/open-data/records.ts';

export const GET: APIRoute = async ({ site }) => {
  const { places } = await loadSite();
  const body = {
    type: 'FeatureCollection',
    ...fileHeader(DATASETS.places, site!),
    features: places.map((p) => placeFeature(p.id, p.data, site!)),
  };
  return new Response(JSON.stringify(body, null, 1), {
    headers: { 'Content-Type': 'application/geo+json; charset=utf-8' },
  });
};
