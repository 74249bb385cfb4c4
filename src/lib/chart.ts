/**
 * Pure helpers for the build-time charts (d3-scale, d3-shape): a time axis
 * in two parts, so that a few weeks of war and the years after can share
 * one chart; step lines; the horizontal range bars.
 */
import { scaleLinear, scaleUtc, type ScaleLinear, type ScaleTime } from 'd3-scale';
import { curveStepAfter, line } from 'd3-shape';
import { contentError } from './content-error.ts';

/** "2020-10-09" as a Date at UTC midnight; the charts' dates are written in src/data/charts.ts. */
export function day(iso: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso))
    throw contentError({ file: 'src/data/charts.ts', message: `not a date "YYYY-MM-DD": "${iso}"` });
  return new Date(`${iso}T00:00:00Z`);
}

/**
 * A time scale in two linear parts: [start, split] takes the share `splitAt`
 * of the range, [split, end] the rest.
 */
export function splitTimeScale(
  start: string,
  split: string,
  end: string,
  x0: number,
  x1: number,
  splitAt: number,
): ScaleTime<number, number> {
  return scaleUtc()
    .domain([day(start), day(split), day(end)])
    .range([x0, x0 + (x1 - x0) * splitAt, x1]);
}

/** A linear scale from 0 to a round number at or above max, and its ticks. */
export function countScale(
  max: number,
  y0: number,
  y1: number,
  ticks = 4,
): { scale: ScaleLinear<number, number>; ticks: number[] } {
  const scale = scaleLinear().domain([0, max]).range([y0, y1]).nice(ticks);
  return { scale, ticks: scale.ticks(ticks) };
}

/** SVG path data for a step line: each value holds until the next is given. */
export function stepPath(points: [number, number][]): string {
  const d = line().curve(curveStepAfter).digits(1)(points);
  if (d === null) throw new Error('stepPath: no points');
  return d;
}

/** SVG path data for a marker shape of radius r at (x, y). */
export function chartMarker(
  shape: 'circle' | 'square' | 'triangle' | 'diamond',
  x: number,
  y: number,
  r: number,
): string {
  const f = (n: number) => Number(n.toFixed(1));
  switch (shape) {
    case 'square':
      return `M${f(x - r)} ${f(y - r)}h${f(2 * r)}v${f(2 * r)}h${f(-2 * r)}z`;
    case 'triangle':
      return `M${f(x)} ${f(y - r * 1.2)}l${f(r * 1.1)} ${f(r * 1.9)}h${f(-r * 2.2)}z`;
    case 'diamond':
      return `M${f(x)} ${f(y - r * 1.3)}l${f(r * 1.3)} ${f(r * 1.3)}l${f(-r * 1.3)} ${f(r * 1.3)}l${f(-r * 1.3)} ${f(-r * 1.3)}z`;
    default:
      return `M${f(x - r)} ${f(y)}a${f(r)} ${f(r)} 0 1 0 ${f(2 * r)} 0a${f(r)} ${f(r)} 0 1 0 ${f(-2 * r)} 0`;
  }
}

/**
 * A step line cut into segments between consecutive figures: `gap` marks a
 * segment where the next figure came more than maxDays later, to be drawn
 * dotted, since nothing is known of the count in between.
 */
export function stepSegments(dates: string[], points: [number, number][], maxDays = 31): { d: string; gap: boolean }[] {
  return points.slice(1).map((p, i) => ({
    d: stepPath([points[i]!, p]),
    gap: (day(dates[i + 1]!).getTime() - day(dates[i]!).getTime()) / 86_400_000 > maxDays,
  }));
}
