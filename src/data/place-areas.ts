/**
 * The areas that place pages outline instead of marking a point: the regions
 * and districts of content/places/, drawn from the map layers (geo/README.md).
 * `what` ends the caption's "Highlighted: …" and says what the outline is.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { admin1, countries, nkao } from './geo/index.ts';
import { partsWithin } from '../lib/locator.ts';

export interface PlaceArea {
  feature: Feature<Polygon | MultiPolygon>;
  what: string;
  /** The outline's label, when it is not the place itself: a village drawn by the district it lies in. */
  label?: string[];
}

function layerFeature<F extends Feature>(features: F[], key: string, value: string): F {
  const found = features.find((f) => f.properties?.[key] === value);
  if (!found) throw new Error(`src/data/place-areas.ts: no feature with ${key} "${value}" in the map layers`);
  return found;
}

const azerbaijan = layerFeature(countries.features, 'adm0_a3', 'AZE') as Feature<MultiPolygon>;

/**
 * Two villages with no sourced coordinates (GeoNames' cities file lacks both; see each place's sources for its district):
 * their pages outline the district rather than guess a point.
 */
const inTartar = (village: string): PlaceArea => ({
  feature: layerFeature(admin1.features, 'adm1_code', 'AZE-1738'),
  label: ['Tartar District'],
  what:
    `Azerbaijan's Tartar District, to which Azerbaijan assigns ${village}, as Natural Earth draws it ` +
    `(generalised; district lines here may be a few kilometres off). ` +
    `${village} itself is not marked, because the site has no sourced coordinates for it`,
});

export const PLACE_AREAS: Record<string, PlaceArea> = {
  'nagorno-karabakh': {
    feature: layerFeature(nkao.features, 'name_short', 'NKAO'),
    what: 'the former Nagorno-Karabakh Autonomous Oblast, with which the region is usually equated (boundary about 1991, generalised)',
  },
  nakhchivan: {
    // Azerbaijan's polygon west of Armenia: the exclave, without the mainland.
    feature: partsWithin(azerbaijan, [44.5, 38.5, 46.3, 40]),
    what: 'Nakhchivan, the exclave of Azerbaijan, within its internationally recognised borders (generalised)',
  },
  tavush: {
    feature: layerFeature(admin1.features, 'adm1_code', 'ARM-1670'),
    what: 'Tavush Province of Armenia, as Natural Earth draws it (generalised)',
  },
  madagiz: inTartar('Madagiz'),
  talysh: inTartar('Talish'),
  tovuz: {
    feature: layerFeature(admin1.features, 'adm1_code', 'AZE-1687'),
    what: 'Tovuz District of Azerbaijan, as Natural Earth draws it (generalised; district lines here may be a few kilometres off)',
  },
};
