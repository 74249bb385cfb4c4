/**
 * A build-time map as an SVG file of its own (/maps/<id>.svg) and the page's
 * references to it. The file holds only geometry and text, one group per
 * layer; the page draws each group with `<use href="/maps/<id>.svg#group">`
 * and a class. Nothing in the page's stylesheet matches inside a `<use>`,
 * but what a `<use>` inherits does reach its content: the page styles a layer
 * through classes on its `<use>` (fill, stroke, fonts, the custom properties
 * of the theme), and a pattern in the page fills a layer through the `fill`
 * of its `<use>` (a browser does not paint a pattern of the other file).
 */
import type { GeoPermissibleObjects, GeoProjection } from 'd3-geo';
import type { LabelLayout } from './map-labels.ts';
import { escapeMarkup } from './escape.ts';
import { integerPath } from './world.ts';

/** A text on the map: a name on one line or two, or a scale bar's length. Its font size is its group's use's. */
export interface MapText {
  x: number;
  y: number;
  anchor?: 'start' | 'middle' | 'end';
  lines: string[];
  lineHeight?: number;
}

/** A group of the file: paths (with strokes a fixed width on screen, however the map is scaled) or texts. */
export interface MapGroup {
  id: string;
  d?: string;
  /** Strokes stay this wide on screen at any size of the map, as `vector-effect: non-scaling-stroke` does. */
  fixedStroke?: boolean;
  texts?: MapText[];
}

/**
 * A `<use>` of a group in the page: its classes, a pattern of the page to fill
 * it with, and the font size of its texts (set on the `<use>`, so that a
 * letter-spacing in em that the page sets there is relative to it).
 */
export interface MapUse {
  group: string;
  class?: string;
  fill?: string;
  fontSize?: number;
}

export interface MapDrawing {
  width: number;
  height: number;
  groups: MapGroup[];
  uses: MapUse[];
}

/** Where a map's file is served. */
export const mapFileHref = (id: string) => `/maps/${id}.svg`;

/**
 * Path data in whole units with relative moves (src/lib/world.ts): a map is
 * 300-720 units wide and at most that many pixels on screen, so a unit is a
 * pixel or less, and the decimal d3-geo would write costs bytes no one sees.
 */
export const pathOf = (projection: GeoProjection) => (o: GeoPermissibleObjects) => integerPath(projection, o);

const f = (n: number) => Number(n.toFixed(1));

function textSvg(t: MapText): string {
  const anchor = t.anchor && t.anchor !== 'start' ? ` text-anchor="${t.anchor}"` : '';
  const lines = t.lines.map(
    (line, i) => `<tspan x="${f(t.x)}"${i > 0 ? ` dy="${f(t.lineHeight!)}"` : ''}>${escapeMarkup(line)}</tspan>`,
  );
  return `<text x="${f(t.x)}" y="${f(t.y)}"${anchor}>${t.lines.length === 1 ? escapeMarkup(t.lines[0]!) : lines.join('')}</text>`;
}

/** The SVG file of a drawing: each group, in the order given, with its id. */
export function mapFile({ width, height, groups }: MapDrawing): string {
  const body = groups.map((g) => {
    const path = g.d ? `<path d="${g.d}"${g.fixedStroke ? ' vector-effect="non-scaling-stroke"' : ''}/>` : '';
    return `<g id="${g.id}">${path}${(g.texts ?? []).map(textSvg).join('')}</g>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}">${body.join('')}</svg>\n`;
}

/** The frame filled with water: the rectangle the land is drawn on. */
export const frameOf = (width: number, height: number): MapGroup => ({ id: 'frame', d: `M0 0H${width}V${height}H0z` });

/** The classes a map's stylesheet gives the parts of a label layout. */
export interface LayoutClasses {
  /** The size of the layout, `wide` or `narrow`: the page shows one at a time. */
  size: (name: LabelLayout['name']) => string;
  marker: (mark: string) => string;
  bar: string;
  /** A label of a place (and the scale bar's), or of an area, a lake, a district. */
  label: (kind: LabelLayout['labels'][number]['kind']) => string;
  /** Markers keep their stroke width on screen (the maps of control), or scale with the map. */
  fixedMarkers: boolean;
}

/**
 * The groups and uses of a label layout (src/lib/map-labels.ts) in one of
 * its sizes: the markers by what they mark, the scale bar, and the labels by
 * kind, each group named for the size, each use classed with it.
 */
export function layoutGroups(v: LabelLayout, classes: LayoutClasses): Pick<MapDrawing, 'groups' | 'uses'> {
  const size = classes.size(v.name);
  const marks = [...new Set(v.markers.map((m) => m.mark ?? 'place'))];
  const kinds = [...new Set(['place' as const, ...v.labels.map((l) => l.kind)])];
  const text = (l: LabelLayout['labels'][number]): MapText => ({
    x: l.x,
    y: l.y,
    anchor: l.anchor,
    lines: l.lines,
    lineHeight: l.lineHeight,
  });
  const bar: MapText = { x: v.barX, y: v.barY - 9, lines: [`${v.barKm} km`] };
  const groups: MapGroup[] = [
    ...marks.map((mark) => ({
      id: `${v.name}-marker-${mark}`,
      d: v.markers
        .filter((m) => (m.mark ?? 'place') === mark)
        .map((m) => m.d)
        .join(''),
      fixedStroke: classes.fixedMarkers,
    })),
    {
      id: `${v.name}-bar`,
      d: `M${v.barX} ${v.barY - 5}V${v.barY}H${f(v.barX + v.barUnits)}V${v.barY - 5}`,
      fixedStroke: true,
    },
    ...kinds.map((kind) => ({
      id: `${v.name}-label-${kind}`,
      texts: [...(kind === 'place' ? [bar] : []), ...v.labels.filter((l) => l.kind === kind).map(text)],
    })),
  ];
  const uses: MapUse[] = [
    ...marks.map((mark) => ({ group: `${v.name}-marker-${mark}`, class: `${size} ${classes.marker(mark)}` })),
    { group: `${v.name}-bar`, class: `${size} ${classes.bar}` },
    ...kinds.map((kind) => ({
      group: `${v.name}-label-${kind}`,
      class: `${size} ${classes.label(kind)}`,
      fontSize: kind === 'place' ? v.size : v.area,
    })),
  ];
  return { groups, uses };
}
