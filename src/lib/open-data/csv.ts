/** The CSV writer (RFC 4180) of /data/events.csv. The tests read it back with csv-parse, an independent parser. */
import type { Field } from './fields.ts';
import type { DataRecord } from './records.ts';

/** What separates the items of a list (ids, texts) in one CSV field. */
export const LIST_SEPARATOR = ';';

/** One CSV field, quoted when it holds a quote, a comma or a line break (RFC 4180). */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Rows to CSV text: CRLF line ends, the last row ended too (RFC 4180). */
export function toCsv(rows: string[][]): string {
  return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

/** Records to CSV, one column per field in the field list; lists joined with ";", null as empty. */
export function recordsToCsv(records: DataRecord[], fields: Field[]): string {
  const cell = (value: DataRecord[string]) =>
    value === null ? '' : Array.isArray(value) ? value.join(LIST_SEPARATOR) : String(value);
  return toCsv([fields.map((f) => f.name), ...records.map((r) => fields.map((f) => cell(r[f.name]!)))]);
}
