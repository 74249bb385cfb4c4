import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inExtent, locatorBbox, MAP_EXTENT } from './locator.ts';

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
