/**
 * Where the small locator maps of place pages look: a box around the place,
 * inside the area the map layers cover (src/data/geo/README.md).
 */
import { geoCentroid, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import type { Feature, MultiPolygon, Position } from 'geojson';
import {
  fitProjection,
  markerPath,
  placeLabels,
  scaleBar,
  textWidth,
  type Bbox,
  type Box,
  type PlacedLabel,
} from './map.ts';
import { integerPath, worldProjection, worldView } from './world.ts';

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
  const inside = (polygon: Position[][]) =>
    polygon[0]!.every(([lon, lat]) => lon! >= w && lon! <= e && lat! >= s && lat! <= n);
  return { ...feature, geometry: { type: 'MultiPolygon', coordinates: feature.geometry.coordinates.filter(inside) } };
}

/**
 * The box of a locator that outlines an area: around the area's bounds
 * ([[west, south], [east, north]], as d3's geoBounds gives them) with a
 * quarter of its size to spare, at least `minHalfWidth` degrees either side,
 * shifted to stay in the extent.
 */
export function areaBbox(
  [[w, s], [e, n]]: [[number, number], [number, number]],
  minHalfWidth = 1.6,
  extent: Bbox = MAP_EXTENT,
): Bbox {
  const halfWidth = Math.max(minHalfWidth, ((e - w) / 2) * 1.25, ((n - s) / 2 / 0.75) * 1.25);
  return locatorBbox([(w + e) / 2, (s + n) / 2], halfWidth, extent);
}

/** "38.725° N, 9.150° W": latitude first, as readers expect, with the hemispheres spelt out. */
export function formatCoordinates([lon, lat]: [number, number], digits = 3): string {
  return `${Math.abs(lat).toFixed(digits)}° ${lat < 0 ? 'S' : 'N'}, ${Math.abs(lon).toFixed(digits)}° ${lon < 0 ? 'W' : 'E'}`;
}

/** A place on a locator map. */
export interface LocatorPlace {
  id: string;
  /** The label, one line each: the name, then the other side's name in brackets. */
  lines: string[];
  coordinates: [number, number];
  current?: boolean;
}

export interface LocatorInput {
  /** The regional view's box; without it, the wide view. */
  bbox?: Bbox;
  places: LocatorPlace[];
  /** The former NKAO, whose centre the wide view rings and keeps in sight. */
  nkao: GeoPermissibleObjects;
  /** A region or district highlighted in the regional view, labelled on it. */
  area?: { feature: GeoPermissibleObjects; lines: string[] };
  width: number;
  /** The labels' font size; the markers are a third of it. */
  size: number;
}

/**
 * Everything a locator map draws, laid out: the projection and its height,
 * a path function, the markers, the wide view's ring round Nagorno-Karabakh,
 * the regional view's scale bar, and the labels that fit without colliding.
 */
export function locatorLayout({ bbox, places, nkao, area, width, size }: LocatorInput) {
  const wide = bbox === undefined;
  const nkaoCentre = geoCentroid(nkao) as [number, number];
  const { projection, height }: { projection: GeoProjection; height: number } = wide
    ? {
        projection: worldProjection(
          worldView([...places.map((p) => p.coordinates), nkaoCentre]),
          width,
          Math.round(width * 0.6),
        ),
        height: Math.round(width * 0.6),
      }
    : fitProjection(bbox, width);
  // Whole units (src/lib/world.ts): a locator is 480 units wide and at most 576 px on screen, so a decimal is unseen.
  const draw = (o: GeoPermissibleObjects) => integerPath(projection, o);
  const r = size / 3;
  const points = places.map((p) => {
    const [x, y] = projection(p.coordinates)!;
    return { ...p, x, y, d: markerPath('circle', x, y, p.current ? r * 1.5 : r) };
  });
  /** The wide view rings Nagorno-Karabakh, which is a few pixels across at its scale. */
  const ring = wide ? { at: projection(nkaoCentre)!, r: size * 0.7 } : undefined;
  const bar = wide ? undefined : { x: 10, y: height - 10, ...scaleBar(projection, 10, height - 10, width / 4) };
  const barText = bar && `${bar.km} km`;
  const obstacles: Box[] = [
    ...(bar
      ? [{ x0: 0, y0: bar.y - size * 1.6, x1: bar.x + Math.max(bar.units, textWidth(barText!, size)) + 6, y1: height }]
      : []),
    ...(ring
      ? [{ x0: ring.at[0] - ring.r, y0: ring.at[1] - ring.r, x1: ring.at[0] + ring.r, y1: ring.at[1] + ring.r }]
      : []),
    ...points.map((p) => ({ x0: p.x - r, y0: p.y - r, x1: p.x + r, y1: p.y + r })),
  ];
  const areaAt = area && projection(geoCentroid(area.feature));
  const labels: PlacedLabel[] = placeLabels(
    [
      // The area's name on it, then the current place, so that their labels are always placed.
      ...(area && areaAt ? [{ key: 'area', x: areaAt[0], y: areaAt[1], lines: area.lines, size, gap: 0 }] : []),
      ...[...points]
        .sort((a, b) => Number(Boolean(b.current)) - Number(Boolean(a.current)))
        .map((p) => ({ key: p.id, x: p.x, y: p.y, lines: p.lines, size, gap: r + 3 })),
      ...(ring
        ? [{ key: 'ring', x: ring.at[0], y: ring.at[1], lines: ['Nagorno-Karabakh'], size, gap: ring.r + 2 }]
        : []),
    ],
    { x0: 3, y0: 3, x1: width - 3, y1: height - 3 },
    obstacles,
  );
  return { wide, projection, height, draw, points, ring, bar, barText, labels };
}
