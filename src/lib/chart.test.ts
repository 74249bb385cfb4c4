import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chartMarker, countScale, day, splitTimeScale, stepPath, stepSegments } from './chart.ts';

test('day reads "YYYY-MM-DD" at UTC midnight and refuses anything else', () => {
  assert.equal(day('2020-09-27').toISOString(), '2020-09-27T00:00:00.000Z');
  assert.throws(
    () => day('27 September 2020'),
    /^ContentError: src\/data\/charts\.ts: not a date "YYYY-MM-DD": "27 September 2020"$/,
  );
});

test('splitTimeScale gives the first period its share of the width', () => {
  const x = splitTimeScale('2020-09-27', '2020-11-10', '2022-08-31', 0, 100, 0.6);
  assert.equal(x(day('2020-09-27')), 0);
  assert.equal(x(day('2020-11-10')), 60);
  assert.equal(x(day('2022-08-31')), 100);
  assert.ok(Math.abs(x(day('2020-10-19'))! - 30) < 0.01, 'halfway through the war is halfway to the split');
});

test('countScale rounds the top up and ticks from 0', () => {
  const { scale, ticks } = countScale(3773, 200, 0);
  assert.equal(scale.domain()[1], 4000);
  assert.equal(ticks[0], 0);
  assert.equal(ticks.at(-1), 4000);
  assert.equal(scale(4000), 0);
});

test('stepPath holds each value until the next', () => {
  assert.equal(
    stepPath([
      [0, 10],
      [5, 4],
      [9, 2],
    ]),
    'M0,10L5,10L5,4L9,4L9,2',
  );
});

test('chartMarker draws four distinct closed shapes', () => {
  const shapes = (['circle', 'square', 'triangle', 'diamond'] as const).map((s) => chartMarker(s, 10, 10, 4));
  assert.equal(new Set(shapes).size, 4);
  for (const d of shapes) assert.match(d, /^M/);
  assert.equal(chartMarker('square', 10, 10, 4), 'M6 6h8v8h-8z');
});

test('stepSegments cuts the line between figures and marks the gaps of more than a month', () => {
  const segs = stepSegments(
    ['2020-10-01', '2020-10-11', '2020-12-08'],
    [
      [0, 10],
      [5, 8],
      [9, 2],
    ],
  );
  assert.deepEqual(
    segs.map((s) => s.gap),
    [false, true],
  );
  assert.equal(segs[0]!.d, 'M0,10L5,10L5,8');
  assert.deepEqual(stepSegments(['2020-10-01'], [[0, 1]]), []);
});
