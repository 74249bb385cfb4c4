/**
 * The layout of <DisplacementChart />, as a pure function of the width, the
 * font size and the rows, so that it can be tested without a build: the
 * count axis and its ticks, one row per group with its solid bar to the
 * lowest figure and its hatched box on to the highest, and where each row's
 * figures are written. The component only draws what this returns.
 */
import { DISPLACEMENT, figureText, type DisplacementRow } from '../data/charts.ts';
import { countScale } from './chart.ts';

/** A row's figures in words: "185,000 to nearly 250,000", or the one figure. */
export function displacementRange(r: DisplacementRow): string {
  return r.high ? `${figureText(r.low)} to ${figureText(r.high)}` : figureText(r.low);
}

/** A count tick as the axis reads it, in thousands: "0", "200k". */
export function thousandsText(n: number): string {
  return n === 0 ? '0' : `${(n / 1000).toLocaleString('en-GB')}k`;
}

export function displacementLayout(width: number, size: number, data: DisplacementRow[] = DISPLACEMENT) {
  const left = 4;
  const right = width - 10;
  const narrow = width < 500;
  const rowHeight = size * (narrow ? 6.4 : 4.6);
  const top = size * 0.6;
  const axisY = top + rowHeight * data.length + 4;
  const { scale: x, ticks: counts } = countScale(
    Math.max(...data.map((r) => (r.high ?? r.low).value)),
    left,
    right,
    width > 500 ? 8 : 4,
  );
  // The first tick starts at the axis's left end, the last ends at its right end.
  const ticks = counts.map((t) => ({
    x: x(t),
    text: thousandsText(t),
    anchor: t === 0 ? 'start' : t === counts.at(-1) ? 'end' : 'middle',
  }));
  const rows = data.map((r, i) => {
    const y = top + i * rowHeight;
    const barY = y + size * (narrow ? 2.8 : 1.6);
    const barH = size * 1.5;
    const x1 = x(r.low.value);
    const x2 = r.high ? x(r.high.value) : x1;
    const text = displacementRange(r);
    const fits = x2 + 6 + text.length * size * 0.56 <= right;
    // Beside the bar where it fits; else inside the solid bar on a wide chart, or under the bars on a narrow one.
    const place = fits ? 'beside' : narrow ? 'below' : 'inside';
    return {
      r,
      y,
      barY,
      barH,
      x1,
      x2,
      text,
      place,
      title: narrow ? [r.who, r.when] : [`${r.who}, ${r.when}`],
      textX: place === 'beside' ? x2 + 6 : place === 'inside' ? x1 - 6 : left,
      textY: place === 'below' ? barY + barH + size * 1.1 : barY + barH * 0.72,
      anchor: place === 'inside' ? 'end' : 'start',
    };
  });
  return { width, height: Math.round(axisY + size * 1.8), size, left, right, x, ticks, rows, axisY };
}

/** The chart as drawn on the site: 720 units wide at 13, and 360 at 12 for narrow screens. */
export function displacementLayouts(data: DisplacementRow[] = DISPLACEMENT) {
  return [
    { name: 'wide', ...displacementLayout(720, 13, data) },
    { name: 'narrow', ...displacementLayout(360, 12, data) },
  ];
}
