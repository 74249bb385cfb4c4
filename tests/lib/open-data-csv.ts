/**
 * Reads /data/events.csv back into records with csv-parse, a parser the site
 * does not write with, so that a quoting fault in the site's CSV writer
 * (src/lib/open-data/csv.ts) cannot be hidden by the same fault in its reader.
 */
import { parse } from 'csv-parse/sync';
import { LIST_SEPARATOR } from '../../src/lib/open-data/csv.ts';
import type { Field } from '../../src/lib/open-data/fields.ts';
import type { DataRecord } from '../../src/lib/open-data/records.ts';

const isList = (f: Field) => f.type === 'ids' || f.type === 'strings';

/** CSV text to records by the field list: lists split on ";", booleans read, an empty optional field null; the header must be the field list. */
export function recordsFromCsv(text: string, fields: Field[]): DataRecord[] {
  const [header, ...rows] = parse(text) as string[][];
  const names = fields.map((f) => f.name);
  if (header?.join() !== names.join()) throw new Error(`CSV header "${header?.join()}" is not "${names.join()}"`);
  return rows.map((row) =>
    Object.fromEntries(
      fields.map((f, i) => {
        const cell = row[i] ?? '';
        if (isList(f)) return [f.name, cell === '' ? [] : cell.split(LIST_SEPARATOR)];
        if (f.type === 'boolean') return [f.name, cell === 'true'];
        return [f.name, cell === '' && f.optional ? null : cell];
      }),
    ),
  );
}
