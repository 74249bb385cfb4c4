import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon } from 'geojson';
import type { MapSpec } from '../data/maps.ts';
import { CONTROL_MAPS } from '../data/control-maps.ts';
import { controlMapDrawing, controlPattern, referenceMap, type MapLayers, type MapPlaceEntry } from './map-drawings.ts';
import { mapFile, type MapDrawing } from './map-file.ts';

/** A square of `half` degrees either side of the point, wound clockwise as d3-geo expects. */
const square = (name: string, [lon, lat]: [number, number], half = 0.2): Feature<Polygon> => ({
  type: 'Feature',
  properties: { name_en: name, name_arm_usage: `${name} (Arm.)` },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [lon - half, lat - half],
        [lon - half, lat + half],
        [lon + half, lat + half],
        [lon + half, lat - half],
        [lon - half, lat - half],
      ],
    ],
  },
});
const areas = (...features: Feature<Polygon>[]): FeatureCollection<Polygon | MultiPolygon> => ({
  type: 'FeatureCollection',
  features,
});
const line: FeatureCollection<LineString> = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'LineString',
        coordinates: [
          [46.5, 39.2],
          [46.9, 40.2],
        ],
      },
    },
  ],
};
const layers: MapLayers = {
  countries: areas(square('A', [46, 40], 1), square('B', [47, 40], 0.5)),
  lakes: areas(square('Lake', [45.6, 40.3], 0.1)),
  districts: areas(
    square('Lachin', [46.5, 39.6]),
    square('Kalbajar', [46.2, 40.1]),
    square('Aghdam', [46.9, 40]),
    square('Fuzuli', [47.1, 39.5]),
    square('Jabrayil', [47, 39.3]),
    square('Qubadli', [46.6, 39.3]),
    square('Zangilan', [46.65, 39.1]),
  ),
  nkao: areas(square('NKAO', [46.7, 39.8], 0.3)),
  breakaway: areas(square('B38', [46.6, 39.8], 0.5)),
  ceasefireLine: line,
};
const place = (name: string, lon: number, lat: number, otherName?: string): MapPlaceEntry => ({
  data: { name, otherName, coordinates: [lon, lat] },
});
const places = new Map<string, MapPlaceEntry>([
  ['stepanakert', place('Stepanakert', 46.75, 39.82, 'Khankendi')],
  ['shusha', place('Shusha', 46.75, 39.76, 'Shushi')],
  ['lachin', place('Lachin', 46.55, 39.64, 'Berdzor')],
  ['goris', place('Goris', 46.34, 39.51)],
  ['hadrut', place('Hadrut', 46.99, 39.52)],
  ['kalbajar', place('Kalbajar', 46.04, 40.11, 'Karvachar')],
  ['agdam', place('Aghdam', 46.93, 39.99, 'Akna')],
  ['fuzuli', place('Fuzuli', 47.15, 39.6, 'Varanda')],
  ['jabrayil', place('Jabrayil', 47.03, 39.4)],
  ['qubadli', place('Qubadli', 46.58, 39.34, 'Kashunik')],
  ['martakert', place('Martakert', 46.8, 40.0, 'Aghdara')],
  ['martuni', place('Martuni', 47.0, 39.79, 'Khojavend')],
  ['zangilan', place('Zangilan', 46.65, 39.08, 'Kovsakan')],
  ['nowhere', { data: { name: 'Nowhere' } }],
]);
const spec: MapSpec = {
  id: 'test',
  title: 'Test',
  description: 'A test map.',
  caption: 'A test map.',
  bbox: [45.4, 38.9, 47.6, 40.6],
  layers: ['districts', 'nkao', 'ceasefire'],
  places: [{ id: 'stepanakert' }, { id: 'shusha', mark: 'strikes' }, { id: 'hadrut', mark: 'claimed' }],
  areaLabels: [{ text: 'ARMENIA', at: [45.7, 40.4] }],
  districtLabels: ['Lachin'],
};

/** Every use points at a group of the file, and every group is used. */
function assertConsistent(d: MapDrawing) {
  const ids = d.groups.map((g) => g.id);
  assert.equal(new Set(ids).size, ids.length, 'group ids are unique');
  for (const u of d.uses) assert.ok(ids.includes(u.group), `use of a missing group "${u.group}"`);
  for (const id of ids)
    assert.ok(
      d.uses.some((u) => u.group === id),
      `group "${id}" is never drawn`,
    );
  for (const id of ids) assert.ok(mapFile(d).includes(`<g id="${id}">`));
}

test('referenceMap draws the base, the layers the spec names and both label sizes, and fills the districts twice', () => {
  const d = referenceMap(spec, places, layers, 'map-test-hatch');
  assertConsistent(d);
  assert.equal(d.width, 720);
  assert.deepEqual(
    d.uses.slice(0, 7).map((u) => [u.group, u.class ?? null, u.fill ?? null]),
    [
      ['frame', 'water', null],
      ['land', 'land', null],
      ['lakes', 'water', null],
      ['districts', 'districts', null],
      ['districts', null, 'url(#map-test-hatch)'],
      ['nkao', 'nkao', null],
      ['ceasefire', 'ceasefire', null],
    ],
  );
  for (const size of ['wide', 'narrow'])
    for (const mark of ['place', 'strikes', 'claimed'])
      assert.ok(
        d.uses.some((u) => u.class === `${size} marker ${mark}`),
        `${size} ${mark} markers`,
      );
  assert.ok(
    d.uses.some((u) => u.class === 'wide label district'),
    'the district is named',
  );
  const wide = d.groups.find((g) => g.id === 'wide-label-place')!.texts!.map((t) => t.lines.join(' '));
  assert.ok(wide.includes('Stepanakert (Khankendi)'));
  const without = referenceMap({ ...spec, layers: [] }, places, layers, 'h');
  assert.ok(!without.groups.some((g) => ['districts', 'nkao', 'ceasefire'].includes(g.id)));
});

test('referenceMap names the map and the place that is missing or has no coordinates', () => {
  assert.throws(
    () => referenceMap({ ...spec, places: [{ id: 'nowhere' }] }, places, layers, 'h'),
    /map "test": place "nowhere" is not in content\/places\/ or has no coordinates/,
  );
  assert.throws(
    () => referenceMap({ ...spec, districtLabels: ['Atlantis'] }, places, layers, 'h'),
    /map "test": district "Atlantis"/,
  );
});

test('controlPattern: the held and the remaining areas are hatched alike; an outline or a plain fill has none', () => {
  assert.equal(controlPattern('held'), 'held');
  assert.equal(controlPattern('remaining'), 'held');
  assert.equal(controlPattern('retaken'), 'retaken');
  assert.equal(controlPattern('handed'), 'handed');
  assert.equal(controlPattern('autonomy'), undefined);
  assert.equal(controlPattern('former'), undefined);
});

test('controlMapDrawing fills each area with the page’s pattern, and draws the corridor and the ceasefire line', () => {
  for (const control of CONTROL_MAPS) {
    const d = controlMapDrawing(control, places, layers, `cm-${control.id}`);
    assertConsistent(d);
    control.areas.forEach((a, i) => {
      const use = d.uses.find((u) => u.group === `area-${i}`)!;
      assert.equal(use.class, `cm-area cm-${a.fill}`);
      const pattern = controlPattern(a.fill);
      assert.equal(use.fill, pattern && `url(#cm-${control.id}-${pattern})`);
    });
    const corridor = control.lines.some((l) => l.line === 'corridor');
    assert.equal(d.uses.filter((u) => u.group === 'corridor').length, corridor ? 2 : 0);
    assert.equal(
      d.groups.some((g) => g.id === 'ceasefire'),
      control.lines.some((l) => l.line === 'ceasefire'),
    );
    assert.ok(
      d.groups.every((g) => g.texts || g.fixedStroke),
      'every stroke keeps its width on screen',
    );
  }
});

test('controlMapDrawing, small: 300 units wide, markers of the capital and the towns taken, no labels', () => {
  const control = CONTROL_MAPS.find((m) => m.places.some((p) => p.mark === 'taken'))!;
  const d = controlMapDrawing(control, places, layers, 'strip', true);
  assertConsistent(d);
  assert.equal(d.width, 300);
  assert.ok(!d.groups.some((g) => g.texts));
  const taken = control.places.filter((p) => p.mark === 'taken').length;
  assert.equal((d.groups.find((g) => g.id === 'marker-taken')!.d!.match(/M/g) ?? []).length, taken);
  assert.equal((d.groups.find((g) => g.id === 'marker-place')!.d!.match(/M/g) ?? []).length, 1);
});

test('controlMapDrawing names the map and the place that is missing', () => {
  const control = { ...CONTROL_MAPS[0]!, places: [{ id: 'atlantis' }] };
  assert.throws(
    () => controlMapDrawing(control, places, layers, 'p'),
    new RegExp(`control map "${control.id}": place "atlantis"`),
  );
});
