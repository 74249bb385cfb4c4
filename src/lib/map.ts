/**
 * Pure helpers for the build-time maps: the projection, the scale bar, the
 * winding d3-geo expects, and label placement without collisions.
 */
import { geoArea, geoConicConformal, geoDistance, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

/** [west, south, east, north] in degrees. */
export type Bbox = [number, number, number, number];

/** A rectangle in SVG units. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const EARTH_RADIUS_KM = 6371;

/**
 * A conic conformal projection fitted to the bounding box at the given width,
 * with standard parallels at a sixth of the way in from the box's edges and
 * north up at its central meridian. Returns the projection and the height.
 */
export function fitProjection(bbox: Bbox, width: number): { projection: GeoProjection; height: number } {
  const [w, s, e, n] = bbox;
  const edge: Position[] = [];
  for (let i = 0; i <= 10; i++) {
    const lon = w + ((e - w) * i) / 10;
    const lat = s + ((n - s) * i) / 10;
    edge.push([lon, s], [lon, n], [w, lat], [e, lat]);
  }
  const projection = geoConicConformal()
    .parallels([s + (n - s) / 6, n - (n - s) / 6])
    .rotate([-(w + e) / 2, 0])
    .fitWidth(width, { type: 'MultiPoint', coordinates: edge });
  const ys = edge.map((p) => projection(p as [number, number])![1]);
  const height = Math.round(Math.max(...ys) - Math.min(...ys));
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  return { projection, height };
}

/** The longest round length (1, 2 or 5 times a power of ten km) that fits in maxUnits. */
export function niceLength(kmPerUnit: number, maxUnits: number): { km: number; units: number } {
  const max = kmPerUnit * maxUnits;
  const power = 10 ** Math.floor(Math.log10(max));
  const km = [5, 2, 1].map((m) => m * power).find((k) => k <= max)!;
  return { km, units: km / kmPerUnit };
}

/** A scale bar for the point (x, y) of the map, at most maxUnits long. */
export function scaleBar(projection: GeoProjection, x: number, y: number, maxUnits: number) {
  const a = projection.invert!([x, y])!;
  const b = projection.invert!([x + 100, y])!;
  return niceLength((geoDistance(a, b) * EARTH_RADIUS_KM) / 100, maxUnits);
}

/**
 * GeoJSON (RFC 7946) winds exterior rings counter-clockwise; d3-geo wants
 * them clockwise, or it fills the whole globe but the polygon. Reverses the
 * rings of every polygon that covers more than a hemisphere.
 */
export function forD3<G extends Geometry>(collection: FeatureCollection<G>): FeatureCollection<G> {
  const fix = (rings: Position[][]) => {
    const wrong = geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI;
    return wrong ? rings.map((ring) => [...ring].reverse()) : rings;
  };
  const features = collection.features.map((f): Feature<G> => {
    const g: Geometry = f.geometry;
    if (g.type === 'Polygon') return { ...f, geometry: { ...g, coordinates: fix(g.coordinates) } as G };
    if (g.type === 'MultiPolygon') return { ...f, geometry: { ...g, coordinates: g.coordinates.map(fix) } as G };
    return f;
  });
  return { ...collection, features };
}

/** Estimated width of a line of text: system-ui averages about 0.56 em a character. */
export function textWidth(text: string, size: number, em = 0.56): number {
  return text.length * size * em;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

export interface LabelInput {
  key: string;
  /** The point labelled, in SVG units. */
  x: number;
  y: number;
  lines: string[];
  size: number;
  /** Space between the point and the label. 0 centres the label on the point, and it is not moved. */
  gap: number;
  em?: number;
}

export interface PlacedLabel {
  key: string;
  anchor: 'start' | 'middle' | 'end';
  /** Where the text starts: x for text-anchor, y of the first baseline. */
  x: number;
  y: number;
  lineHeight: number;
  lines: string[];
  box: Box;
}

const LINE_HEIGHT = 1.15;

/** Candidate spots around a point, best first: right, left, above, below, then the corners. */
const SPOTS: { dx: -1 | 0 | 1; dy: -1 | 0 | 1 }[] = [
  { dx: 1, dy: 0 },
  { dx: -1, dy: 0 },
  { dx: 0, dy: -1 },
  { dx: 0, dy: 1 },
  { dx: 1, dy: -1 },
  { dx: 1, dy: 1 },
  { dx: -1, dy: -1 },
  { dx: -1, dy: 1 },
];

function candidate(label: LabelInput, dx: -1 | 0 | 1, dy: -1 | 0 | 1): PlacedLabel {
  const width = Math.max(...label.lines.map((l) => textWidth(l, label.size, label.em)));
  const lineHeight = label.size * LINE_HEIGHT;
  const height = lineHeight * label.lines.length;
  const g = dx !== 0 && dy !== 0 ? label.gap * 0.7 : label.gap;
  const x0 = dx === 1 ? label.x + g : dx === -1 ? label.x - g - width : label.x - width / 2;
  const y0 = dy === 1 ? label.y + g : dy === -1 ? label.y - g - height : label.y - height / 2;
  const anchor = dx === 1 ? 'start' : dx === -1 ? 'end' : 'middle';
  return {
    key: label.key,
    anchor,
    x: anchor === 'start' ? x0 : anchor === 'end' ? x0 + width : x0 + width / 2,
    // The first baseline sits about 0.8 em below the top of the line box.
    y: y0 + (lineHeight - label.size) / 2 + label.size * 0.8,
    lineHeight,
    lines: label.lines,
    box: { x0, y0, x1: x0 + width, y1: y0 + height },
  };
}

/**
 * Places labels greedily, in the order given (most important first): each
 * takes the first spot around its point that stays inside the frame and
 * clears the obstacles and the labels already placed. A label with no such
 * spot is left out.
 */
export function placeLabels(labels: LabelInput[], frame: Box, obstacles: Box[] = []): PlacedLabel[] {
  const taken = [...obstacles];
  const placed: PlacedLabel[] = [];
  for (const label of labels) {
    const spots = label.gap === 0 ? [{ dx: 0 as const, dy: 0 as const }] : SPOTS;
    const fit = spots
      .map(({ dx, dy }) => candidate(label, dx, dy))
      .find(
        ({ box }) =>
          box.x0 >= frame.x0 &&
          box.y0 >= frame.y0 &&
          box.x1 <= frame.x1 &&
          box.y1 <= frame.y1 &&
          !taken.some((t) => overlaps(t, box)),
      );
    if (fit) {
      placed.push(fit);
      taken.push(fit.box);
    }
  }
  return placed;
}

/** SVG path data for a marker: a circle, or a diamond (a square on its point). */
export function markerPath(shape: 'circle' | 'diamond', x: number, y: number, r: number): string {
  const f = (n: number) => Number(n.toFixed(1));
  if (shape === 'diamond') {
    const d = f(r * 1.3);
    return `M${f(x)} ${f(y - d)}l${d} ${d}l${-d} ${d}l${-d} ${-d}z`;
  }
  return `M${f(x - r)} ${f(y)}a${f(r)} ${f(r)} 0 1 0 ${f(2 * r)} 0a${f(r)} ${f(r)} 0 1 0 ${f(-2 * r)} 0`;
}

/** Markers of claims are diamonds; all others are circles. */
export function markerShape(mark: string): 'circle' | 'diamond' {
  return mark === 'claimed' ? 'diamond' : 'circle';
}
