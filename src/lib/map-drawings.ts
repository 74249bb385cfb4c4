/**
 * What the site's maps draw, as groups of a file and the page's uses of them
 * (src/lib/map-file.ts): the reference maps of src/data/maps.ts and the maps
 * of control of src/data/control-maps.ts. Plain: the places and the map
 * layers are passed in. Both the page (the uses) and the file (/maps/<id>.svg)
 * are drawn from the same call, so they cannot disagree.
 */
import type { FeatureCollection, LineString, MultiPolygon, Polygon } from 'geojson';
import type { GeoProjection } from 'd3-geo';
import type { MapSpec } from '../data/maps.ts';
import { CONTROL_AREA_LABELS, CONTROL_BBOX, CORRIDOR_PLACES, type ControlMapSpec } from '../data/control-maps.ts';
import { contentError } from './content-error.ts';
import { controlShape } from './control-shape.ts';
import { fitProjection, markerPath, markerShape } from './map.ts';
import { LABEL_SIZES, layoutLabels, mapAreaLabels, type AreaLabel, type MapPoint } from './map-labels.ts';
import { frameOf, layoutGroups, pathOf, type MapDrawing, type MapGroup, type MapUse } from './map-file.ts';

type Areas = FeatureCollection<Polygon | MultiPolygon>;

/** The layers of src/data/geo/ that the maps draw. */
export interface MapLayers {
  countries: Areas;
  lakes: Areas;
  districts: Areas;
  nkao: Areas;
  breakaway: Areas;
  ceasefireLine: FeatureCollection<LineString>;
}

/** A place entry, as far as a map needs it. */
export interface MapPlaceEntry {
  data: { name: string; otherName?: string | undefined; coordinates?: [number, number] | undefined };
}

/** A place of a map, projected, with its label's lines: the name, then the other side's name in brackets. */
function projectPlace(
  where: { file: string; map: string },
  id: string,
  places: ReadonlyMap<string, MapPlaceEntry>,
  projection: GeoProjection,
) {
  const entry = places.get(id);
  const at = entry?.data.coordinates && projection(entry.data.coordinates);
  if (!entry || !at)
    throw contentError({
      file: where.file,
      message: `${where.map}: place "${id}" is not in content/places/ or has no coordinates`,
    });
  const lines = entry.data.otherName ? [entry.data.name, `(${entry.data.otherName})`] : [entry.data.name];
  return { x: at[0], y: at[1], lines };
}

/** Water, then the countries as one path, then the lakes: the base of every regional map. */
function baseGroups(path: ReturnType<typeof pathOf>, layers: MapLayers, width: number, height: number): MapGroup[] {
  return [
    frameOf(width, height),
    { id: 'land', d: layers.countries.features.map((c) => path(c)).join(''), fixedStroke: true },
    { id: 'lakes', d: path(layers.lakes) },
  ];
}

const WIDTH = 720;

/** A reference map of src/data/maps.ts. `hatch` is the id of the page's pattern for the districts. */
export function referenceMap(
  spec: MapSpec,
  places: ReadonlyMap<string, MapPlaceEntry>,
  layers: MapLayers,
  hatch: string,
): MapDrawing {
  const { projection, height } = fitProjection(spec.bbox, WIDTH);
  const path = pathOf(projection);
  const where = { file: 'src/data/maps.ts', map: `map "${spec.id}"` };
  const points: MapPoint[] = spec.places.map((p) => {
    const mark = p.mark ?? 'place';
    return { key: p.id, ...projectPlace(where, p.id, places, projection), shape: markerShape(mark), mark };
  });
  let areas: AreaLabel[];
  try {
    areas = mapAreaLabels(projection, spec.areaLabels, spec.districtLabels ?? [], layers.districts);
  } catch (e) {
    throw contentError({ file: where.file, message: `${where.map}: ${(e as Error).message}` });
  }
  const groups = baseGroups(path, layers, WIDTH, height);
  const uses: MapUse[] = [
    { group: 'frame', class: 'water' },
    { group: 'land', class: 'land' },
    { group: 'lakes', class: 'water' },
  ];
  if (spec.layers.includes('districts')) {
    groups.push({ id: 'districts', d: path(layers.districts) });
    uses.push({ group: 'districts', class: 'districts' }, { group: 'districts', fill: `url(#${hatch})` });
  }
  if (spec.layers.includes('nkao')) {
    groups.push({ id: 'nkao', d: path(layers.nkao), fixedStroke: true });
    uses.push({ group: 'nkao', class: 'nkao' });
  }
  if (spec.layers.includes('ceasefire')) {
    groups.push({ id: 'ceasefire', d: path(layers.ceasefireLine), fixedStroke: true });
    uses.push({ group: 'ceasefire', class: 'ceasefire' });
  }
  for (const size of LABEL_SIZES) {
    const layout = layoutGroups(layoutLabels(size, projection, WIDTH, height, points, areas), {
      size: (name) => name,
      marker: (mark) => `marker ${mark}`,
      bar: 'bar',
      label: (kind) => (kind === 'place' ? 'label' : `label ${kind}`),
      fixedMarkers: false,
    });
    groups.push(...layout.groups);
    uses.push(...layout.uses);
  }
  return { width: WIDTH, height, groups, uses };
}

/** The pattern of the page that fills an area of a map of control, if it has one: `remaining` is hatched as `held`. */
export function controlPattern(fill: string): string | undefined {
  const pattern = fill === 'remaining' ? 'held' : fill;
  return ['held', 'retaken', 'handed'].includes(pattern) ? pattern : undefined;
}

/**
 * A map of control, full size with its labels in two sizes, or small (a
 * panel of the strip) with the markers of the capital and the towns taken.
 * `prefix` starts the ids of the page's patterns (`<prefix>-held`, …).
 */
export function controlMapDrawing(
  spec: ControlMapSpec,
  places: ReadonlyMap<string, MapPlaceEntry>,
  layers: MapLayers,
  prefix: string,
  small = false,
): MapDrawing {
  const width = small ? 300 : WIDTH;
  const { projection, height } = fitProjection(CONTROL_BBOX, width);
  const path = pathOf(projection);
  const where = { file: 'src/data/control-maps.ts', map: `control map "${spec.id}"` };
  const shown = small ? spec.places.filter((p) => p.id === 'stepanakert' || p.mark === 'taken') : spec.places;
  const points: MapPoint[] = shown.map((p) => ({
    key: p.id,
    ...projectPlace(where, p.id, places, projection),
    shape: p.mark === 'taken' ? 'diamond' : 'circle',
    mark: p.mark ?? 'place',
  }));
  const groups = baseGroups(path, layers, width, height);
  for (const group of groups) group.fixedStroke = true;
  const uses: MapUse[] = [
    { group: 'frame', class: 'cm-water' },
    { group: 'land', class: 'cm-land' },
    { group: 'lakes', class: 'cm-water' },
  ];
  spec.areas.forEach((a, i) => {
    groups.push({ id: `area-${i}`, d: path(controlShape(spec.id, a.shape, layers)), fixedStroke: true });
    const pattern = controlPattern(a.fill);
    uses.push({
      group: `area-${i}`,
      class: `cm-area cm-${a.fill}`,
      ...(pattern ? { fill: `url(#${prefix}-${pattern})` } : {}),
    });
  });
  if (spec.lines.some((l) => l.line === 'ceasefire')) {
    groups.push({ id: 'ceasefire', d: path(layers.ceasefireLine), fixedStroke: true });
    uses.push({ group: 'ceasefire', class: 'cm-ceasefire' });
  }
  if (spec.lines.some((l) => l.line === 'corridor')) {
    const at = CORRIDOR_PLACES.map((id) => projectPlace(where, id, places, projection));
    groups.push({
      id: 'corridor',
      d: `M${at.map((p) => `${Math.round(p.x)} ${Math.round(p.y)}`).join('L')}`,
      fixedStroke: true,
    });
    uses.push({ group: 'corridor', class: 'cm-corridor' }, { group: 'corridor', class: 'cm-corridor-core' });
  }
  if (small) {
    for (const mark of [...new Set(points.map((p) => p.mark!))]) {
      const d = points
        .filter((p) => p.mark === mark)
        .map((p) => markerPath(p.shape, p.x, p.y, 6))
        .join('');
      groups.push({ id: `marker-${mark}`, d, fixedStroke: true });
      uses.push({ group: `marker-${mark}`, class: `cm-marker cm-${mark}` });
    }
    return { width, height, groups, uses };
  }
  const areas = CONTROL_AREA_LABELS.map((a) => {
    const [x, y] = projection(a.at)!;
    return { text: a.text, x, y };
  });
  for (const size of LABEL_SIZES) {
    const layout = layoutGroups(layoutLabels(size, projection, width, height, points, areas), {
      size: (name) => `cm-${name}`,
      marker: (mark) => `cm-marker cm-${mark}`,
      bar: 'cm-bar',
      label: (kind) => (kind === 'place' ? 'cm-label' : 'cm-label cm-area-label'),
      fixedMarkers: true,
    });
    groups.push(...layout.groups);
    uses.push(...layout.uses);
  }
  return { width, height, groups, uses };
}

/** The file of a map of control: the full map, or the small panel of the strip. */
export const controlFileId = (id: string, small: boolean) => (small ? `${id}-small` : id);
