/** Small statistics for the benchmark: medians and ratios of noisy timings. */

export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median of nothing');
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** "+12%" / "−5%" / "±0%": the change from `before` to `after`. */
export function change(before: number, after: number): string {
  if (before === 0) return after === 0 ? '±0%' : 'new';
  const pct = Math.round(((after - before) / before) * 100);
  return pct === 0 ? '±0%' : pct > 0 ? `+${pct}%` : `−${-pct}%`;
}
