import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Feature, MultiPolygon } from 'geojson';
import { areaBbox, formatCoordinates, inExtent, locatorBbox, MAP_EXTENT, partsWithin } from './locator.ts';

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
  const square = (x: number, y: number) => [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]];
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
  const [w, s, e, n] = areaBbox([[46.1, 39.3], [47.3, 40.4]]);
  assert.ok(w < 46.1 && e > 47.3 && s < 39.3 && n > 40.4);
  assert.ok(Math.abs(e - w - 3.2) < 1e-9, 'at least the 3.2° of a town locator');
  const wide = areaBbox([[44, 39], [48, 40]]);
  assert.ok(Math.abs(wide[2] - wide[0] - 5) < 1e-9, 'a quarter more than the area');
  const tall = areaBbox([[46, 38], [46.5, 41]]);
  assert.ok(tall[3] - tall[1] >= 3 * 1.25 - 1e-9);
});

test('formatCoordinates gives latitude first and names the hemispheres', () => {
  assert.equal(formatCoordinates([46.7528, 39.8177]), '39.818° N, 46.753° E');
  assert.equal(formatCoordinates([-9.1498, 38.72509]), '38.725° N, 9.150° W');
  assert.equal(formatCoordinates([-81.78163, -24.55524], 2), '24.56° S, 81.78° W');
});
