/**
 * Where the small locator maps of place pages look: a box around the place,
 * inside the area the map layers cover (src/data/geo/README.md).
 */
import type { Bbox } from './map.ts';

/** The area the country layer covers: 43–51° E, 37.5–42.5° N. */
export const MAP_EXTENT: Bbox = [43, 37.5, 51, 42.5];

/** The view of the places index: the South Caucasus, as on the site's locator map. */
export const REGION: Bbox = [43.3, 37.9, 50.6, 42.3];

/** True when [longitude, latitude] lies inside the mapped area. */
export function inExtent([lon, lat]: [number, number], extent: Bbox = MAP_EXTENT): boolean {
  return lon >= extent[0] && lon <= extent[2] && lat >= extent[1] && lat <= extent[3];
}

/**
 * A box `halfWidth` degrees of longitude either side of the point (and three
 * quarters of that in latitude), shifted, not shrunk, to stay in the extent.
 */
export function locatorBbox([lon, lat]: [number, number], halfWidth = 1.6, extent: Bbox = MAP_EXTENT): Bbox {
  const halfHeight = halfWidth * 0.75;
  const shift = (c: number, half: number, min: number, max: number) => Math.min(Math.max(c, min + half), max - half);
  const x = shift(lon, halfWidth, extent[0], extent[2]);
  const y = shift(lat, halfHeight, extent[1], extent[3]);
  return [x - halfWidth, y - halfHeight, x + halfWidth, y + halfHeight];
}
