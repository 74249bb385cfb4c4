import { test } from 'node:test';
import assert from 'node:assert/strict';
import { geoDistance, geoIdentity } from 'd3-geo';
import { integerPath, worldProjection, worldView } from './world.ts';

const DEG = Math.PI / 180;
const stepanakert: [number, number] = [46.7528, 39.8177];
const lisbon: [number, number] = [-9.1498, 38.72509];
const kazan: [number, number] = [49.12214, 55.78874];
const keyWest: [number, number] = [-81.78163, 24.55524];

test('worldView centres two points half-way between them and shows both', () => {
  const { centre, radius } = worldView([stepanakert, lisbon]);
  assert.ok(Math.abs(geoDistance(centre, lisbon) - geoDistance(centre, stepanakert)) < 1e-9);
  assert.ok(Math.abs(radius - geoDistance(stepanakert, lisbon) / DEG / 2 - 8) < 1e-9);
});

test('worldView centres a cluster on the cluster, moved just enough to show an outlier', () => {
  const bishkek: [number, number] = [74.59, 42.87];
  const gaziantep: [number, number] = [37.3825, 37.05944];
  const cluster = [stepanakert, kazan, bishkek, gaziantep];
  const { centre } = worldView(cluster);
  assert.ok(centre[0] > 37 && centre[0] < 75 && centre[1] > 37 && centre[1] < 56, `${centre} lies among the cluster`);
  const withKeyWest = worldView([...cluster, keyWest]);
  assert.ok(
    Math.abs(geoDistance(withKeyWest.centre, keyWest) / DEG - 82) < 1e-6,
    'Key West sits just inside the margin',
  );
  assert.equal(withKeyWest.radius, 90);
  for (const p of cluster) assert.ok(geoDistance(withKeyWest.centre, p) / DEG < 82, `${p} is shown too`);
});

test('worldView is never narrower than the minimum, and refuses points no hemisphere holds', () => {
  assert.equal(worldView([stepanakert, kazan]).radius, Math.max(20, geoDistance(stepanakert, kazan) / DEG / 2 + 8));
  assert.equal(worldView([stepanakert, [46.8, 39.9]]).radius, 20);
  assert.throws(() => worldView([stepanakert, [-133.2472, -39.8177]]), /no hemisphere/);
  assert.throws(() => worldView([]));
});

test('worldProjection puts every point of the view inside the frame, the centre in the middle', () => {
  const view = worldView([stepanakert, keyWest]);
  const projection = worldProjection(view, 480, 300);
  const [cx, cy] = projection(view.centre)!;
  assert.ok(Math.abs(cx - 240) < 1 && Math.abs(cy - 150) < 1);
  for (const p of [stepanakert, keyWest]) {
    const [x, y] = projection(p)!;
    assert.ok(x >= 0 && x <= 480 && y >= 0 && y <= 300, `${p} at ${x}, ${y}`);
  }
});

test('integerPath writes whole units, relative steps, and closes rings', () => {
  const square = {
    type: 'Polygon' as const,
    coordinates: [
      [
        [0, 0],
        [0, 10.4],
        [10, 10],
        [10, 0],
        [0, 0],
      ],
    ],
  };
  // geoIdentity keeps planar coordinates as they are (y down, as in SVG).
  assert.equal(integerPath(geoIdentity() as never, square), 'M0 0l0 10 10 0 0-10z');
  const line = {
    type: 'LineString' as const,
    coordinates: [
      [5, 5],
      [5.2, 4.9],
      [8, 1],
    ],
  };
  assert.equal(integerPath(geoIdentity() as never, line), 'M5 5l3-4');
});

test('integerPath drops a ring that rounds to fewer than three points', () => {
  const speck = {
    type: 'Polygon' as const,
    coordinates: [
      [
        [0, 0],
        [0.2, 0.3],
        [0.4, 0.1],
        [0, 0],
      ],
    ],
  };
  assert.equal(integerPath(geoIdentity() as never, speck), '');
  const twoRings = {
    type: 'MultiPolygon' as const,
    coordinates: [
      speck.coordinates,
      [
        [
          [20, 20],
          [20, 30],
          [30, 30],
          [20, 20],
        ],
      ],
    ],
  };
  assert.equal(integerPath(geoIdentity() as never, twoRings), 'M20 20l0 10 10 0z');
});

test('integerPath of the sphere under an orthographic projection is the disc, inside the frame', () => {
  const projection = worldProjection({ centre: [0, 0], radius: 90 }, 200, 200, 0);
  const d = integerPath(projection, { type: 'Sphere' });
  assert.match(d, /^M\d+ \d+l[-\d ]+z$/);
  const numbers = d.slice(1, -1).replace('l', ' ').replace(/-/g, ' -').trim().split(/\s+/).map(Number);
  let [x, y] = [numbers[0]!, numbers[1]!];
  for (let i = 2; i < numbers.length; i += 2) {
    x += numbers[i]!;
    y += numbers[i + 1]!;
    assert.ok(Math.abs(Math.hypot(x - 100, y - 100) - 100) <= 1.5, `(${x}, ${y}) lies on the rim`);
  }
});
