import { test } from 'node:test';
import assert from 'node:assert/strict';
import { geoArea } from 'd3-geo';
import type { FeatureCollection, Polygon } from 'geojson';
import {
  fitProjection,
  forD3,
  markerPath,
  markerShape,
  niceLength,
  overlaps,
  placeLabels,
  scaleBar,
  textWidth,
  type Bbox,
} from './map.ts';

const bbox: Bbox = [45.4, 38.75, 47.6, 40.6];

test('fitProjection fits the box to the width, north up, with a matching height', () => {
  const { projection, height } = fitProjection(bbox, 720);
  const [x0, y0] = projection([45.4, 40.6])!;
  const [x1, y1] = projection([47.6, 38.75])!;
  assert.ok(x0 >= -0.5 && x1 <= 720.5, 'the corners lie within the width');
  assert.ok(y0 >= -0.5 && y1 <= height + 0.5, 'the corners lie within the height');
  const [, yCentreTop] = projection([46.5, 40.6])!;
  const [, yCentreBottom] = projection([46.5, 38.75])!;
  assert.ok(yCentreTop < yCentreBottom, 'north is up');
  // 2.2° of longitude by 1.85° of latitude at 40° N is about 188 by 205 km.
  assert.ok(height > 720 && height < 850, `height ${height}`);
});

test('niceLength picks the longest 1, 2 or 5 × 10ⁿ km that fits', () => {
  assert.deepEqual(niceLength(1, 120), { km: 100, units: 100 });
  assert.deepEqual(niceLength(0.25, 120), { km: 20, units: 80 });
  assert.deepEqual(niceLength(2, 300), { km: 500, units: 250 });
  assert.deepEqual(niceLength(1, 99), { km: 50, units: 50 });
});

test('scaleBar measures the map at the given point', () => {
  const { projection } = fitProjection(bbox, 720);
  const { km, units } = scaleBar(projection, 100, 600, 150);
  // About 0.27 km per unit: 20 km is the longest round length under 150 units.
  assert.equal(km, 20);
  assert.ok(units > 60 && units < 90, `units ${units}`);
});

test('forD3 reverses counter-clockwise (RFC 7946) rings and keeps clockwise ones', () => {
  const ccw: Polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [46, 39],
        [47, 39],
        [47, 40],
        [46, 40],
        [46, 39],
      ],
    ],
  };
  const fc: FeatureCollection<Polygon> = {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: {}, geometry: ccw }],
  };
  assert.ok(geoArea(ccw) > 2 * Math.PI, 'd3 reads the RFC 7946 ring as the rest of the globe');
  const once = forD3(fc);
  assert.ok(geoArea(once.features[0]!.geometry) < 0.001);
  assert.deepEqual(forD3(once), once, 'a ring already right is left alone');
});

test('textWidth grows with length and size', () => {
  assert.ok(textWidth('Stepanakert', 12) > textWidth('Goris', 12));
  assert.equal(textWidth('ab', 10, 0.5), 10);
});

test('overlaps is true only for boxes that share area', () => {
  const a = { x0: 0, y0: 0, x1: 10, y1: 10 };
  assert.ok(overlaps(a, { x0: 5, y0: 5, x1: 15, y1: 15 }));
  assert.ok(!overlaps(a, { x0: 10, y0: 0, x1: 20, y1: 10 }), 'touching edges do not overlap');
  assert.ok(!overlaps(a, { x0: 0, y0: 11, x1: 10, y1: 20 }));
});

const frame = { x0: 0, y0: 0, x1: 300, y1: 200 };
const label = (key: string, x: number, y: number) => ({ key, x, y, lines: ['Name', '(Other)'], size: 10, gap: 5 });

test('placeLabels puts a label right of its point when there is room', () => {
  const [placed] = placeLabels([label('a', 100, 100)], frame);
  assert.equal(placed!.anchor, 'start');
  assert.equal(placed!.box.x0, 105);
  assert.ok(placed!.box.y0 < 100 && placed!.box.y1 > 100, 'centred vertically on the point');
});

test('placeLabels moves a label that would leave the frame', () => {
  const [placed] = placeLabels([label('a', 295, 100)], frame);
  assert.equal(placed!.anchor, 'end');
  assert.ok(placed!.box.x1 <= 290);
});

test('placeLabels never lets labels collide with each other or with obstacles', () => {
  const points = [
    label('a', 100, 100),
    label('b', 110, 102),
    label('c', 104, 90),
    label('d', 96, 112),
    label('e', 101, 101),
  ];
  const obstacle = { x0: 0, y0: 150, x1: 300, y1: 200 };
  const placed = placeLabels(points, frame, [obstacle]);
  assert.ok(placed.length >= 3);
  for (const p of placed) {
    assert.ok(!overlaps(p.box, obstacle));
    for (const q of placed) if (p !== q) assert.ok(!overlaps(p.box, q.box), `${p.key} and ${q.key} collide`);
  }
});

test('placeLabels drops the least important labels that do not fit, in order', () => {
  const tiny = { x0: 0, y0: 0, x1: 100, y1: 40 };
  const placed = placeLabels([label('first', 30, 20), label('second', 30, 20)], tiny);
  assert.deepEqual(
    placed.map((p) => p.key),
    ['first'],
  );
});

test('placeLabels centres a label with no gap on its point and does not move it', () => {
  const centred = { key: 'Armenia', x: 150, y: 100, lines: ['ARMENIA'], size: 10, gap: 0 };
  const [placed] = placeLabels([centred], frame);
  assert.equal(placed!.anchor, 'middle');
  assert.equal(placed!.x, 150);
  assert.deepEqual(placeLabels([centred], frame, [{ x0: 140, y0: 95, x1: 160, y1: 105 }]), []);
});

test('markerPath draws a circle or a diamond centred on the point, rounded to 0.1', () => {
  assert.equal(markerPath('circle', 10, 20, 4), 'M6 20a4 4 0 1 0 8 0a4 4 0 1 0 -8 0');
  assert.equal(markerPath('diamond', 10.04, 20, 4), 'M10 14.8l5.2 5.2l-5.2 5.2l-5.2 -5.2z');
});

test('markerShape gives claims a diamond and everything else a circle', () => {
  assert.equal(markerShape('claimed'), 'diamond');
  assert.equal(markerShape('strikes'), 'circle');
  assert.equal(markerShape('place'), 'circle');
});
