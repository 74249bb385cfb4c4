/**
 * Where the small locator maps of place pages look: a box around the place,
 * inside the area the map layers cover (src/data/geo/README.md).
 */
import type { Feature, MultiPolygon, Position } from 'geojson';
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

/**
 * The feature with only those polygons of its MultiPolygon that lie wholly
 * inside the box: one part of a country, such as an exclave.
 */
export function partsWithin<P>(feature: Feature<MultiPolygon, P>, [w, s, e, n]: Bbox): Feature<MultiPolygon, P> {
  const inside = (polygon: Position[][]) => polygon[0]!.every(([lon, lat]) => lon! >= w && lon! <= e && lat! >= s && lat! <= n);
  return { ...feature, geometry: { type: 'MultiPolygon', coordinates: feature.geometry.coordinates.filter(inside) } };
}

/**
 * The box of a locator that outlines an area: around the area's bounds
 * ([[west, south], [east, north]], as d3's geoBounds gives them) with a
 * quarter of its size to spare, at least `minHalfWidth` degrees either side,
 * shifted to stay in the extent.
 */
export function areaBbox([[w, s], [e, n]]: [[number, number], [number, number]], minHalfWidth = 1.6, extent: Bbox = MAP_EXTENT): Bbox {
  const halfWidth = Math.max(minHalfWidth, ((e - w) / 2) * 1.25, ((n - s) / 2 / 0.75) * 1.25);
  return locatorBbox([(w + e) / 2, (s + n) / 2], halfWidth, extent);
}

/** "38.725° N, 9.150° W": latitude first, as readers expect, with the hemispheres spelt out. */
export function formatCoordinates([lon, lat]: [number, number], digits = 3): string {
  return `${Math.abs(lat).toFixed(digits)}° ${lat < 0 ? 'S' : 'N'}, ${Math.abs(lon).toFixed(digits)}° ${lon < 0 ? 'W' : 'E'}`;
}
