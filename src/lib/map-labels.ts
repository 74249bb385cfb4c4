/**
 * Label layouts for a build-time map in two sizes: a wide one, and a narrow
 * one with larger text and fewer labels, shown by a container query when the
 * map is drawn small. Pure: takes points already projected to SVG units.
 */
import { geoCentroid, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection } from 'geojson';
import { markerPath, placeLabels, scaleBar, textWidth, type Box, type PlacedLabel } from './map.ts';

export interface MapPoint {
  key: string;
  x: number;
  y: number;
  /** The label's lines: the name, then the other side's name in brackets. */
  lines: string[];
  shape: 'circle' | 'diamond';
  /** What the marker shows (src/data/maps.ts's marks), for its class; none on the maps of control. */
  mark?: string;
}

/** The kinds of label a map names an area with, and how wide each sets its letters (in em). */
const AREA_EM = { area: 0.85, water: 0.56, district: 0.6 } as const;

export interface AreaLabel {
  text: string;
  x: number;
  y: number;
  /** A region (the default), a lake or reservoir, or a district (in italics); centred on its point. */
  kind?: keyof typeof AREA_EM;
  /** The lines, when not the text alone: a district with its other name. */
  lines?: string[];
}

export interface LabelSize {
  name: 'wide' | 'narrow';
  /** Font size of place names, of area names, marker radius, longest scale bar: in SVG units. */
  size: number;
  area: number;
  r: number;
  bar: number;
}

export const LABEL_SIZES: LabelSize[] = [
  { name: 'wide', size: 13, area: 12, r: 4.5, bar: 120 },
  { name: 'narrow', size: 26, area: 21, r: 8, bar: 220 },
];

export interface LabelLayout extends LabelSize {
  barKm: number;
  barUnits: number;
  barX: number;
  barY: number;
  markers: { key: string; d: string; mark?: string }[];
  labels: (PlacedLabel & { area: boolean; kind: 'place' | keyof typeof AREA_EM })[];
}

/**
 * Places the markers, the scale bar at the bottom left, the place names
 * (most important first; those that find no room are left out) and the area
 * names centred on their points.
 */
export function layoutLabels(
  size: LabelSize,
  projection: GeoProjection,
  width: number,
  height: number,
  points: MapPoint[],
  areas: AreaLabel[],
): LabelLayout {
  const frame: Box = { x0: 4, y0: 4, x1: width - 4, y1: height - 4 };
  const barX = 14;
  const barY = height - 14;
  const { km, units } = scaleBar(projection, barX, barY, size.bar);
  const barBox = {
    x0: 0,
    y0: barY - size.size * 1.6,
    x1: barX + Math.max(units, textWidth(`${km} km`, size.size)) + 6,
    y1: height,
  };
  const obstacles = [
    barBox,
    ...points.map((p) => ({ x0: p.x - size.r, y0: p.y - size.r, x1: p.x + size.r, y1: p.y + size.r })),
  ];
  const placed = placeLabels(
    [
      ...points.map((p) => ({ key: p.key, x: p.x, y: p.y, lines: p.lines, size: size.size, gap: size.r + 3 })),
      ...areas.map((a, i) => ({
        key: `area:${i}`,
        x: a.x,
        y: a.y,
        lines: a.lines ?? [a.text],
        size: size.area,
        gap: 0,
        em: AREA_EM[a.kind ?? 'area'],
      })),
    ],
    frame,
    obstacles,
  );
  return {
    ...size,
    barKm: km,
    barUnits: units,
    barX,
    barY,
    markers: points.map((p) => ({
      key: p.key,
      d: markerPath(p.shape, p.x, p.y, size.r),
      ...(p.mark ? { mark: p.mark } : {}),
    })),
    labels: placed.map((l) => {
      const area = l.key.startsWith('area:') ? areas[Number(l.key.slice('area:'.length))] : undefined;
      return { ...l, area: area !== undefined, kind: area ? (area.kind ?? 'area') : 'place' };
    }),
  };
}

/**
 * The area names of a map from src/data/maps.ts: regions and lakes at their
 * points, then the districts it names, at their centroid with both names.
 * Throws on a district the layer does not have, naming it.
 */
export function mapAreaLabels(
  projection: GeoProjection,
  areas: { text: string; at: [number, number]; water?: boolean }[],
  districtNames: string[],
  districts: FeatureCollection,
): AreaLabel[] {
  const byName = (name: string): Feature => {
    const feature = districts.features.find((d) => d.properties?.name_en === name);
    if (!feature) throw new Error(`district "${name}" is not in the districts layer`);
    return feature;
  };
  return [
    ...areas.map((a) => {
      const [x, y] = projection(a.at)!;
      return { text: a.text, x, y, kind: a.water ? ('water' as const) : ('area' as const) };
    }),
    ...districtNames.map((name) => {
      const feature = byName(name);
      const [x, y] = projection(geoCentroid(feature))!;
      const lines = [`${name} district`, `(${feature.properties!.name_arm_usage})`];
      return { text: lines[0]!, lines, x, y, kind: 'district' as const };
    }),
  ];
}
