import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Feature, MultiPolygon } from 'geojson';
import {
  areaBbox,
  formatCoordinates,
  inExtent,
  locatorBbox,
  locatorLayout,
  MAP_EXTENT,
  partsWithin,
  type LocatorPlace,
} from './locator.ts';
import { fitProjection, type Bbox } from './map.ts';

test('inExtent: the South Caucasus is in, Moscow and Bishkek are out', () => {
  assert.equal(inExtent([46.7528, 39.8177]), true);
  assert.equal(inExtent([37.61781, 55.75204]), false);
  assert.equal(inExtent([74.59, 42.87]), false);
});

test('locatorBbox centres the place where it can', () => {
  assert.deepEqual(locatorBbox([47, 40], 1), [46, 39.25, 48, 40.75]);
});

test('locatorBbox shifts the box to stay inside the mapped area', () => {
  const [w, s, e, n] = locatorBbox([49.9, 40.4], 1.6);
  assert.equal(e, MAP_EXTENT[2]);
  assert.ok(w < 49.9 && s < 40.4 && n > 40.4);
  assert.ok(Math.abs(e - w - 3.2) < 1e-9);
});

test('partsWithin keeps the polygons wholly inside the box', () => {
  const square = (x: number, y: number) => [
    [
      [x, y],
      [x + 1, y],
      [x + 1, y + 1],
      [x, y + 1],
      [x, y],
    ],
  ];
  const country: Feature<MultiPolygon, { name: string }> = {
    type: 'Feature',
    properties: { name: 'Azerbaijan' },
    geometry: { type: 'MultiPolygon', coordinates: [square(47, 40), square(45, 39), square(45.5, 38.6)] },
  };
  const exclave = partsWithin(country, [44.5, 38.5, 46.2, 40.2]);
  assert.deepEqual(exclave.geometry.coordinates, [square(45, 39)], 'a polygon that crosses the box is left out too');
  assert.deepEqual(exclave.properties, { name: 'Azerbaijan' });
  assert.equal(country.geometry.coordinates.length, 3, 'the feature given is not changed');
});

test('areaBbox frames the area with room to spare, and a small area at the usual width', () => {
  const [w, s, e, n] = areaBbox([
    [46.1, 39.3],
    [47.3, 40.4],
  ]);
  assert.ok(w < 46.1 && e > 47.3 && s < 39.3 && n > 40.4);
  assert.ok(Math.abs(e - w - 3.2) < 1e-9, 'at least the 3.2° of a town locator');
  const wide = areaBbox([
    [44, 39],
    [48, 40],
  ]);
  assert.ok(Math.abs(wide[2] - wide[0] - 5) < 1e-9, 'a quarter more than the area');
  const tall = areaBbox([
    [46, 38],
    [46.5, 41],
  ]);
  assert.ok(tall[3] - tall[1] >= 3 * 1.25 - 1e-9);
});

test('formatCoordinates gives latitude first and names the hemispheres', () => {
  assert.equal(formatCoordinates([46.7528, 39.8177]), '39.818° N, 46.753° E');
  assert.equal(formatCoordinates([-9.1498, 38.72509]), '38.725° N, 9.150° W');
  assert.equal(formatCoordinates([-81.78163, -24.55524], 2), '24.56° S, 81.78° W');
});

/** A small square, wound clockwise as d3-geo expects, standing in for the former NKAO. */
const nkao: Feature<MultiPolygon> = {
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'MultiPolygon',
    coordinates: [
      [
        [
          [46.5, 39.5],
          [46.5, 40],
          [47, 40],
          [47, 39.5],
          [46.5, 39.5],
        ],
      ],
    ],
  },
};
const town: LocatorPlace = { id: 'town', lines: ['Town', '(Other name)'], coordinates: [46.75, 39.8], current: true };
const village: LocatorPlace = { id: 'village', lines: ['Village'], coordinates: [47.3, 40.2] };
const bbox: Bbox = [45.5, 38.8, 48.5, 41];

test('locatorLayout, regional view: fitted to the box, with a scale bar and no ring', () => {
  const layout = locatorLayout({ bbox, places: [village, town], nkao, width: 480, size: 15 });
  assert.equal(layout.wide, false);
  assert.equal(layout.height, fitProjection(bbox, 480).height);
  assert.equal(layout.ring, undefined);
  assert.ok(layout.bar, 'a scale bar');
  assert.equal(layout.bar.y, layout.height - 10);
  assert.equal(layout.barText, `${layout.bar.km} km`);
  const [x, y] = fitProjection(bbox, 480).projection(town.coordinates)!;
  const marker = layout.points.find((p) => p.id === 'town')!;
  assert.ok(Math.abs(marker.x - x) < 1e-9 && Math.abs(marker.y - y) < 1e-9, 'markers at the projected coordinates');
  assert.match(marker.d, /^M/);
  assert.ok(!layout.draw(nkao).includes('.'), 'whole units: a unit is at most 1.2 px on screen');
  assert.deepEqual(layout.labels[0]!.key, 'town', 'the current place is labelled first');
  assert.deepEqual(layout.labels[0]!.lines, ['Town', '(Other name)']);
  assert.deepEqual(layout.labels.map((l) => l.key).sort(), ['town', 'village']);
});

test('locatorLayout, regional view: an area is labelled on itself, before the places', () => {
  const layout = locatorLayout({
    bbox,
    places: [village],
    nkao,
    area: { feature: nkao, lines: ['Area'] },
    width: 480,
    size: 15,
  });
  const area = layout.labels[0]!;
  assert.equal(area.key, 'area');
  assert.equal(area.anchor, 'middle', 'centred on the area');
  const [cx] = fitProjection(bbox, 480).projection([46.75, 39.75])!;
  assert.ok(Math.abs(area.x - cx) < 2, `area label at x ${area.x}, centre ${cx}`);
});

test('locatorLayout, wide view: a globe three fifths as high as wide, Nagorno-Karabakh ringed, no scale bar', () => {
  const far: LocatorPlace = { id: 'moscow', lines: ['Moscow'], coordinates: [37.62, 55.75], current: true };
  const layout = locatorLayout({ places: [far], nkao, width: 480, size: 15 });
  assert.equal(layout.wide, true);
  assert.equal(layout.height, 288);
  assert.equal(layout.bar, undefined);
  assert.equal(layout.barText, undefined);
  assert.ok(layout.ring);
  assert.equal(layout.ring.r, 15 * 0.7);
  const [x, y] = layout.ring.at;
  assert.ok(x > 0 && x < 480 && y > 0 && y < 288, 'the ring is on the map');
  assert.ok(!layout.draw(nkao).includes('.'), 'whole units at the wide scale');
  assert.deepEqual(
    layout.labels.map((l) => l.key),
    ['moscow', 'ring'],
  );
  assert.ok(
    layout.labels.every((l) => l.box.x0 >= 3 && l.box.x1 <= 477 && l.box.y0 >= 3 && l.box.y1 <= 285),
    'labels inside the frame',
  );
});

test('locatorLayout labels the current place first, even when listed last, and draws it larger', () => {
  const twin: LocatorPlace = { id: 'twin', lines: ['Twin'], coordinates: [46.7501, 39.8001] };
  const layout = locatorLayout({ bbox, places: [twin, town], nkao, width: 480, size: 15 });
  const keys = layout.labels.map((l) => l.key);
  assert.equal(keys[0], 'town');
  assert.equal(layout.points.length, 2, 'both markers drawn');
  const current = layout.points.find((p) => p.id === 'town')!;
  const other = layout.points.find((p) => p.id === 'twin')!;
  assert.ok(current.d !== other.d, 'the current marker is larger');
});
