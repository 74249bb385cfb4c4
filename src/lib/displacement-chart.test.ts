import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DisplacementRow } from '../data/charts.ts';
import { displacementLayout, displacementLayouts, displacementRange, thousandsText } from './displacement-chart.ts';

const close = (a: number, b: number, what: string) => assert.ok(Math.abs(a - b) < 1e-9, `${what}: ${a} is not ${b}`);

/** A range that fits beside its bar, and a single figure near the end of the axis, which does not. */
const ROWS: DisplacementRow[] = [
  {
    id: 'range',
    who: 'Group A',
    when: '1988-1992',
    side: 'azerbaijani',
    low: { by: 'X', value: 100000, sources: [] },
    high: { by: 'Y', value: 200000, qualifier: 'nearly', sources: [] },
  },
  {
    id: 'single',
    who: 'Group B',
    when: '2023',
    side: 'armenian',
    low: { by: 'Z', value: 400000, sources: [] },
  },
];

test('displacementRange and thousandsText: the figures in words, the ticks in thousands', () => {
  assert.equal(displacementRange(ROWS[0]!), '100,000 to nearly 200,000');
  assert.equal(displacementRange(ROWS[1]!), '400,000');
  assert.equal(thousandsText(0), '0');
  assert.equal(thousandsText(50000), '50k');
  assert.equal(thousandsText(1500), '1.5k');
});

test('displacementLayout, wide: a row per group under the other, the axis below them, 8 ticks or so', () => {
  const l = displacementLayout(720, 13, ROWS);
  assert.equal(l.left, 4);
  assert.equal(l.right, 710);
  close(l.rows[0]!.y, 13 * 0.6, 'first row');
  close(l.rows[1]!.y - l.rows[0]!.y, 13 * 4.6, 'row height');
  close(l.axisY, 13 * 0.6 + 13 * 4.6 * 2 + 4, 'axis');
  assert.equal(l.height, Math.round(l.axisY + 13 * 1.8));
  assert.deepEqual(
    l.ticks.map((t) => t.text),
    ['0', '50k', '100k', '150k', '200k', '250k', '300k', '350k', '400k'],
  );
  close(l.ticks[0]!.x, l.left, 'tick 0');
  close(l.ticks.at(-1)!.x, l.right, 'last tick');
  assert.deepEqual(
    l.ticks.map((t) => t.anchor),
    ['start', 'middle', 'middle', 'middle', 'middle', 'middle', 'middle', 'middle', 'end'],
  );
});

test('displacementLayout: the solid bar runs to the low figure, the hatched box on to the high one', () => {
  const l = displacementLayout(720, 13, ROWS);
  const [range, single] = l.rows;
  close(range!.x1, 4 + 706 / 4, 'low figure');
  close(range!.x2, 4 + 706 / 2, 'high figure');
  close(single!.x1, l.right, 'single figure at the end of the axis');
  close(single!.x2, single!.x1, 'no range for a single figure');
  close(range!.barY, range!.y + 13 * 1.6, 'bar under the row title');
  close(range!.barH, 13 * 1.5, 'bar height');
  assert.deepEqual(range!.title, ['Group A, 1988-1992']);
});

test('displacementLayout: the figures go beside the bar where they fit, else inside it (wide) or below it (narrow)', () => {
  const wide = displacementLayout(720, 13, ROWS);
  const [range, single] = wide.rows;
  assert.equal(range!.place, 'beside');
  close(range!.textX, range!.x2 + 6, 'beside the hatched box');
  assert.equal(range!.anchor, 'start');
  close(range!.textY, range!.barY + range!.barH * 0.72, 'on the bar');
  assert.equal(single!.place, 'inside');
  close(single!.textX, single!.x1 - 6, 'inside the bar, at its end');
  assert.equal(single!.anchor, 'end');

  const narrow = displacementLayout(360, 12, ROWS);
  const below = narrow.rows[1]!;
  assert.equal(below.place, 'below');
  assert.equal(below.textX, narrow.left);
  close(below.textY, below.barY + below.barH + 12 * 1.1, 'under the bar');
  assert.equal(below.anchor, 'start');
  assert.deepEqual(below.title, ['Group B', '2023'], 'the title on two lines');
  close(below.barY, below.y + 12 * 2.8, 'bar under the two-line title');
  close(narrow.rows[1]!.y - narrow.rows[0]!.y, 12 * 6.4, 'taller rows');
  assert.ok(narrow.ticks.length < wide.ticks.length, 'fewer ticks on a narrow chart');
});

test('displacementLayouts: the site draws its figures wide and narrow, every bar inside the axis', () => {
  const [wide, narrow] = displacementLayouts();
  assert.deepEqual(
    [wide!.name, wide!.width, wide!.size, narrow!.name, narrow!.width, narrow!.size],
    ['wide', 720, 13, 'narrow', 360, 12],
  );
  for (const l of [wide!, narrow!])
    for (const row of l.rows) assert.ok(row.x1 > l.left && row.x2 <= l.right + 1e-9 && row.x1 <= row.x2, row.r.id);
});
