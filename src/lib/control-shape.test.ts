import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { controlShape } from './control-shape.ts';

const square = (name: string): Feature<Polygon> => ({
  type: 'Feature',
  properties: { name_en: name },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 0],
      ],
    ],
  },
});
const collection = (...names: string[]): FeatureCollection<Polygon | MultiPolygon> => ({
  type: 'FeatureCollection',
  features: names.map(square),
});
const layers = { nkao: collection('NKAO'), breakaway: collection('B38'), districts: collection('Kalbajar', 'Lachin') };

test('controlShape: the NKAO and the breakaway area are their own layers', () => {
  assert.equal(controlShape('m', 'nkao', layers), layers.nkao);
  assert.equal(controlShape('m', 'breakaway', layers), layers.breakaway);
});

test('controlShape: districts by name, in the order given', () => {
  const shape = controlShape('m', { districts: ['Lachin', 'Kalbajar'] }, layers);
  assert.deepEqual(
    shape.features.map((f) => f.properties?.name_en),
    ['Lachin', 'Kalbajar'],
  );
});

test('controlShape: an unknown district fails, naming the data file, the map and the district', () => {
  assert.throws(
    () => controlShape('control-2020', { districts: ['Lachin', 'Atlantis'] }, layers),
    (e: Error) =>
      e.message.includes('src/data/control-maps.ts') &&
      e.message.includes('control map "control-2020"') &&
      e.message.includes('district "Atlantis"'),
  );
});
