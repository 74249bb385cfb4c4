/** Dates as the site writes them: "9 October 2020", at the precision known. */

/** "9 October 2020" and "October 2020", as British English writes them (Intl, in UTC: dates carry no time zone). */
const DAY_MONTH_YEAR = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const MONTH_YEAR = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** How precisely a date is known: the form of a partial date. */
export const PRECISIONS = ['year', 'month', 'day'] as const;
export type Precision = (typeof PRECISIONS)[number];

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for "1994", "1994-05" and "1994-05-12" when the month and day exist. */
export function isPartialDate(value: string): boolean {
  const m = PARTIAL.exec(value);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const last = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return day >= 1 && day <= last;
}

/** The day of the build, "YYYY-MM-DD" (UTC): no event and no review can be dated later. */
export const BUILD_DAY = new Date().toISOString().slice(0, 10);

/** True when a date at any precision begins after `day` ("2027" or "2026-12-07" after "2026-12-06"). */
export function isAfterDay(value: string, day: string): boolean {
  return value > day.slice(0, value.length);
}

/** A time of day, "HH:MM" on the 24-hour clock. */
export function isTimeOfDay(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}

export function precisionOf(value: string): Precision {
  const parts = value.split('-').length;
  return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}

/** "1994" → "1994"; "1994-05" → "May 1994"; "1994-05-12" → "12 May 1994". */
export function formatPartialDate(value: string): string {
  if (!isPartialDate(value)) throw new Error(`not a date: "${value}"`);
  const [y, mo, d] = value.split('-');
  if (mo === undefined) return y!;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d ?? 1)));
  return (d === undefined ? MONTH_YEAR : DAY_MONTH_YEAR).format(date);
}

/** A Date (as loaded from YAML, at UTC midnight) as "9 October 2020". */
export function formatDate(date: Date): string {
  return DAY_MONTH_YEAR.format(date);
}

/** A Date as "2020-10-09", for datetime attributes and data files. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A span of partial dates in brackets, " (1929 – 1961)", "" when neither end is known. */
export function formatSpan(from?: string, to?: string): string {
  return from || to ? ` (${from ? formatPartialDate(from) : '?'} – ${to ? formatPartialDate(to) : ''})` : '';
}
