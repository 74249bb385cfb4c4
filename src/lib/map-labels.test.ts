import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fitProjection, overlaps } from './map.ts';
import { LABEL_SIZES, layoutLabels, type MapPoint } from './map-labels.ts';

const { projection, height } = fitProjection([45.35, 38.8, 47.65, 40.6], 720);
const at = (key: string, lon: number, lat: number, lines: string[]): MapPoint => {
  const [x, y] = projection([lon, lat])!;
  return { key, x, y, lines, shape: 'circle' };
};
const points = [
  at('stepanakert', 46.7528, 39.8177, ['Stepanakert', '(Khankendi)']),
  at('shusha', 46.7497, 39.7583, ['Shusha', '(Shushi)']),
  at('lachin', 46.55, 39.637, ['Lachin', '(Berdzor)']),
];

test('layoutLabels keeps a marker for every point and names them without overlaps', () => {
  for (const size of LABEL_SIZES) {
    const layout = layoutLabels(size, projection, 720, height, points, [{ text: 'ARMENIA', x: 100, y: 100 }]);
    assert.equal(layout.markers.length, points.length);
    assert.ok(layout.labels.some((l) => l.area && l.lines[0] === 'ARMENIA'), `${size.name}: the area is named`);
    const boxes = layout.labels.map((l) => l.box);
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) assert.ok(!overlaps(boxes[i]!, boxes[j]!), `${size.name}: labels ${i} and ${j} overlap`);
  }
});

test('layoutLabels leaves out, from the end, the names that do not fit the narrow size', () => {
  const [wide, narrow] = LABEL_SIZES.map((s) => layoutLabels(s, projection, 720, height, points, []));
  assert.ok(wide!.labels.length >= narrow!.labels.length);
  assert.equal(narrow!.labels[0]!.key, 'stepanakert', 'the most important name is placed first');
});

test('layoutLabels puts a round-length scale bar at the bottom left', () => {
  const layout = layoutLabels(LABEL_SIZES[0]!, projection, 720, height, points, []);
  assert.ok([10, 20, 50].includes(layout.barKm), `bar ${layout.barKm} km`);
  assert.ok(layout.barUnits <= 120 && layout.barY > height - 20);
});
