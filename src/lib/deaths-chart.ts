/**
 * The layout of <DeathsChart />, as a pure function of the width, the font
 * size and the series, so that it can be tested without a build: the split
 * time axis (the 44 days of war get more than half the width), the two
 * panels, their count scales, the step lines with their dotted gaps, the
 * markers and the direct labels. The component only draws what this returns.
 */
import { DEATHS_2020, figureText, type DeathSeries } from '../data/charts.ts';
import { chartMarker, countScale, day, splitTimeScale, stepSegments } from './chart.ts';
import { formatPartialDate } from './dates.ts';
import { placeLabels, type Box, type PlacedLabel } from './map.ts';

export const DEATHS_START = '2020-09-27';
export const DEATHS_WAR_END = '2020-11-10';
export const DEATHS_END = '2022-09-30';

/** A date on the time axis as its tick reads: "27 Sep" in 2020, the year alone for 1 January or 1 June. */
export function timeTickText(iso: string): string {
  return iso.endsWith('-01-01') || iso.endsWith('-06-01')
    ? iso.slice(0, 4)
    : formatPartialDate(iso)
        .replace(/ 2020$/, '')
        .replace(/(\d+ \w{3})\w*/, '$1');
}

export function deathsLayout(width: number, size: number, series: DeathSeries[] = DEATHS_2020) {
  const left = size * 3.6;
  const right = width - 10;
  const x = splitTimeScale(DEATHS_START, DEATHS_WAR_END, DEATHS_END, left, right, width > 500 ? 0.58 : 0.5);
  const panels = [
    {
      key: 'military' as const,
      title: 'Soldiers killed (and AFP’s count of all dead)',
      top: size * 4.4,
      height: width > 500 ? 230 : 250,
    },
    { key: 'civilian' as const, title: 'Civilians killed', top: 0, height: width > 500 ? 110 : 150 },
  ];
  panels[1]!.top = panels[0]!.top + panels[0]!.height + size * 4;
  const axisY = panels[1]!.top + panels[1]!.height;
  const height = Math.round(axisY + size * 2.6);
  const tickDates =
    width > 500
      ? ['2020-09-27', '2020-10-10', '2020-10-27', '2020-11-10', '2021-06-01', '2022-06-01']
      : ['2020-09-27', '2020-10-19', '2020-11-10', '2021-06-01', '2022-06-01'];
  const ticks = tickDates.map((d, i) => ({
    x: x(day(d)),
    text: timeTickText(d),
    anchor: i === 0 ? ('start' as const) : ('middle' as const),
  }));
  const drawn = panels.map((p) => {
    const inPanel = series.filter((s) => s.panel === p.key);
    const { scale: y, ticks: counts } = countScale(
      Math.max(...inPanel.flatMap((s) => s.figures.map((f) => f.value))),
      p.top + p.height,
      p.top,
    );
    const lines = inPanel.map((s) => {
      const points = s.figures.map((f) => [x(day(f.date)), y(f.value)] as [number, number]);
      const segments = stepSegments(
        s.figures.map((f) => f.date),
        points,
      );
      return { s, points, segments, markers: points.map(([px, py]) => chartMarker(s.marker, px, py, size * 0.38)) };
    });
    const frame: Box = { x0: left, y0: p.top - size * 0.2, x1: right, y1: p.top + p.height + size * 2.4 };
    const obstacles = lines.flatMap((l) =>
      l.points.map(([px, py]) => ({ x0: px - 5, y0: py - 5, x1: px + 5, y1: py + 5 })),
    );
    const placed = placeLabels(
      lines.map((l) => {
        const last = l.s.figures.at(-1)!;
        const [lx, ly] = l.points.at(-1)!;
        return { key: l.s.id, x: lx, y: ly, lines: [l.s.short, figureText(last)], size, gap: size * 0.6 };
      }),
      frame,
      obstacles,
    );
    const labels: (PlacedLabel & { side: DeathSeries['side'] })[] = placed.map((lab) => ({
      ...lab,
      side: series.find((s) => s.id === lab.key)!.side,
    }));
    // Each count's grid line, and the baseline of its label, centred on the line.
    const yTicks = counts.map((t) => ({ y: y(t), textY: y(t) + size * 0.35, text: t.toLocaleString('en-GB') }));
    return { ...p, y, yTicks, lines, labels };
  });
  // The shaded band behind the 44 days of war, over both panels.
  const [bandX, bandEnd] = [x(day(DEATHS_START)), x(day(DEATHS_WAR_END))];
  const band = {
    x: bandX,
    end: bandEnd,
    y: panels[0]!.top - 4,
    width: bandEnd - bandX,
    height: axisY - panels[0]!.top + 4,
  };
  return { width, height, size, left, right, x, ticks, axisY, panels: drawn, band };
}

/** The chart as drawn on the site: 720 units wide, and 360 for narrow screens. */
export function deathsLayouts(series: DeathSeries[] = DEATHS_2020) {
  return [
    { name: 'wide', ...deathsLayout(720, 12, series) },
    { name: 'narrow', ...deathsLayout(360, 12, series) },
  ];
}
