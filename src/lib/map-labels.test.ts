import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fitProjection, overlaps } from './map.ts';
import { LABEL_SIZES, layoutLabels, mapAreaLabels, type MapPoint } from './map-labels.ts';

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
    assert.ok(
      layout.labels.some((l) => l.area && l.lines[0] === 'ARMENIA'),
      `${size.name}: the area is named`,
    );
    const boxes = layout.labels.map((l) => l.box);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++)
        assert.ok(!overlaps(boxes[i]!, boxes[j]!), `${size.name}: labels ${i} and ${j} overlap`);
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

test('mapAreaLabels: regions and lakes at their points, districts at their centroid with both names; an unknown district named', () => {
  const square = (name: string, arm: string) => ({
    type: 'Feature' as const,
    properties: { name_en: name, name_arm_usage: arm },
    geometry: {
      type: 'Polygon' as const,
      coordinates: [
        [
          [46, 39],
          [46, 39.2],
          [46.2, 39.2],
          [46.2, 39],
          [46, 39],
        ],
      ],
    },
  });
  const districts = { type: 'FeatureCollection' as const, features: [square('Lachin', 'Kashatagh')] };
  const labels = mapAreaLabels(
    projection,
    [
      { text: 'ARMENIA', at: [45.5, 40] },
      { text: 'Sarsang', at: [46.5, 40.1], water: true },
    ],
    ['Lachin'],
    districts,
  );
  assert.deepEqual(
    labels.map((l) => [l.kind, l.lines ?? [l.text]]),
    [
      ['area', ['ARMENIA']],
      ['water', ['Sarsang']],
      ['district', ['Lachin district', '(Kashatagh)']],
    ],
  );
  assert.throws(
    () => mapAreaLabels(projection, [], ['Atlantis'], districts),
    /district "Atlantis" is not in the districts layer/,
  );
  const wide = layoutLabels(LABEL_SIZES[0]!, projection, 720, height, [], labels);
  assert.deepEqual(wide.labels.map((l) => l.kind).sort(), ['area', 'district', 'water']);
});
