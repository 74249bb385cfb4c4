import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DeathSeries } from '../data/charts.ts';
import { day } from './chart.ts';
import { DEATHS_START, DEATHS_WAR_END, deathsLayout, deathsLayouts, timeTickText } from './deaths-chart.ts';

const close = (a: number, b: number, what: string) => assert.ok(Math.abs(a - b) < 1e-9, `${what}: ${a} is not ${b}`);

/** Two soldiers' counts and one civilian count, with a gap of more than a month in the first. */
const SERIES: DeathSeries[] = [
  {
    id: 'a',
    label: 'Count A',
    short: 'A',
    side: 'armenian',
    panel: 'military',
    marker: 'circle',
    figures: [
      { date: '2020-10-01', value: 100, sources: [] },
      { date: '2020-10-20', value: 500, sources: [] },
      { date: '2021-08-01', value: 3500, qualifier: 'at least', sources: [] },
    ],
  },
  {
    id: 'b',
    label: 'Count B',
    short: 'B',
    side: 'azerbaijani',
    panel: 'military',
    marker: 'square',
    figures: [{ date: '2020-12-03', value: 2783, sources: [] }],
  },
  {
    id: 'c',
    label: 'Count C',
    short: 'C',
    side: 'independent',
    panel: 'civilian',
    marker: 'triangle',
    figures: [
      { date: '2020-10-01', value: 19, sources: [] },
      { date: '2020-10-11', value: 41, sources: [] },
    ],
  },
];

test('timeTickText: day and short month in 2020, the year alone on 1 January and 1 June', () => {
  assert.equal(timeTickText('2020-09-27'), '27 Sep');
  assert.equal(timeTickText('2020-11-10'), '10 Nov');
  assert.equal(timeTickText('2021-06-01'), '2021');
  assert.equal(timeTickText('2022-01-01'), '2022');
});

test('deathsLayout, wide: the war takes 58% of the plot, the panels stack, the height fits the axis', () => {
  const l = deathsLayout(720, 12, SERIES);
  close(l.left, 43.2, 'left margin');
  assert.equal(l.right, 710);
  close(l.x(day(DEATHS_START)), l.left, 'start of the war');
  close(l.x(day(DEATHS_WAR_END)), 43.2 + (710 - 43.2) * 0.58, 'end of the war');
  const [military, civilian] = l.panels;
  assert.equal(military!.key, 'military');
  close(military!.top, 52.8, 'military top');
  assert.equal(military!.height, 230);
  close(civilian!.top, 52.8 + 230 + 48, 'civilian top');
  assert.equal(civilian!.height, 110);
  close(l.axisY, 440.8, 'axis');
  assert.equal(l.height, 472);
});

test('deathsLayout: the time ticks, the first anchored at its start', () => {
  const wide = deathsLayout(720, 12, SERIES);
  assert.deepEqual(
    wide.ticks.map((t) => t.text),
    ['27 Sep', '10 Oct', '27 Oct', '10 Nov', '2021', '2022'],
  );
  assert.deepEqual(
    wide.ticks.map((t) => t.anchor),
    ['start', 'middle', 'middle', 'middle', 'middle', 'middle'],
  );
  close(wide.ticks[0]!.x, wide.left, 'first tick');
  close(wide.ticks[3]!.x, wide.band.end, 'end-of-war tick');
  for (let i = 1; i < wide.ticks.length; i++) assert.ok(wide.ticks[i]!.x > wide.ticks[i - 1]!.x, 'ticks in order');
  const narrow = deathsLayout(360, 12, SERIES);
  assert.deepEqual(
    narrow.ticks.map((t) => t.text),
    ['27 Sep', '19 Oct', '10 Nov', '2021', '2022'],
  );
  close(narrow.x(day(DEATHS_WAR_END)), 43.2 + (350 - 43.2) * 0.5, 'narrow: the war takes half');
  assert.equal(narrow.panels[0]!.height, 250);
  assert.equal(narrow.panels[1]!.height, 150);
});

test('deathsLayout: the war band runs over both panels, from the first to the last day of the war', () => {
  const l = deathsLayout(720, 12, SERIES);
  close(l.band.x, l.left, 'band start');
  close(l.band.width, l.band.end - l.band.x, 'band width');
  close(l.band.y, l.panels[0]!.top - 4, 'band top');
  close(l.band.y + l.band.height, l.axisY, 'band bottom');
});

test('deathsLayout: each panel has its own count scale, 0 at its foot, rounded up above its highest figure', () => {
  const [military, civilian] = deathsLayout(720, 12, SERIES).panels;
  assert.deepEqual(
    military!.yTicks.map((t) => t.text),
    ['0', '1,000', '2,000', '3,000', '4,000'],
  );
  close(military!.yTicks[0]!.y, military!.top + military!.height, 'military 0');
  close(military!.yTicks.at(-1)!.y, military!.top, 'military top tick');
  close(military!.yTicks[0]!.textY, military!.yTicks[0]!.y + 12 * 0.35, 'tick label baseline');
  assert.deepEqual(
    civilian!.yTicks.map((t) => t.text),
    ['0', '10', '20', '30', '40', '50'],
  );
  close(civilian!.yTicks[0]!.y, civilian!.top + civilian!.height, 'civilian 0');
});

test('deathsLayout: one step line per series, dotted across gaps of more than a month, a marker per figure', () => {
  const [military, civilian] = deathsLayout(720, 12, SERIES).panels;
  assert.deepEqual(
    military!.lines.map((l) => l.s.id),
    ['a', 'b'],
  );
  assert.deepEqual(
    civilian!.lines.map((l) => l.s.id),
    ['c'],
  );
  const a = military!.lines[0]!;
  assert.deepEqual(
    a.segments.map((s) => s.gap),
    [false, true],
  );
  assert.equal(a.markers.length, 3);
  assert.match(a.markers[0]!, /^M[\d.]+ [\d.]+a4\.6 4\.6 /, 'a circle of radius 0.38 em');
  close(a.points[1]![1], military!.y(500), 'the second figure at 500');
  assert.deepEqual(military!.lines[1]!.segments, [], 'a single figure draws no line');
});

test('deathsLayout: each line is labelled with its short name and last figure, inside its panel, in its colour', () => {
  const l = deathsLayout(720, 12, SERIES);
  const [military, civilian] = l.panels;
  const a = military!.labels.find((lab) => lab.key === 'a')!;
  assert.deepEqual(a.lines, ['A', 'at least 3,500']);
  assert.equal(a.side, 'armenian');
  assert.equal(military!.labels.find((lab) => lab.key === 'b')!.side, 'azerbaijani');
  assert.deepEqual(civilian!.labels[0]!.lines, ['C', '41']);
  for (const p of l.panels)
    for (const lab of p.labels) {
      assert.ok(lab.box.x0 >= l.left && lab.box.x1 <= l.right, `${lab.key} inside the plot`);
      assert.ok(lab.box.y0 >= p.top - 12 * 0.2 && lab.box.y1 <= p.top + p.height + 12 * 2.4, `${lab.key} in its panel`);
    }
});

test('deathsLayouts: the site draws the 2020 counts wide and narrow', () => {
  const [wide, narrow] = deathsLayouts();
  assert.equal(wide!.name, 'wide');
  assert.equal(wide!.width, 720);
  assert.equal(narrow!.name, 'narrow');
  assert.equal(narrow!.width, 360);
  assert.ok(wide!.panels.every((p) => p.lines.length > 0 && p.labels.length > 0));
});
