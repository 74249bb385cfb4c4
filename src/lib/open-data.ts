/**
 * The open data files under /data/: their field lists, the record builders,
 * CSV in and out (RFC 4180), and a validator. The endpoints, the /data/ page
 * and the tests all read the same field lists, so they cannot drift apart.
 */
import { isPartialDate, isTimeOfDay, isoDate, precisionOf } from './dates.ts';
import { allNames, formerNames, type PlaceNames } from './places.ts';
import { PERIOD_IDS, SOURCE_KINDS, SOURCE_ORIGINS } from './vocabulary.ts';
import { CONTENT_LICENCE, SITE_NAME } from './site-meta.ts';

/** Raised on any change to the files' fields: major for a removed or renamed field, minor for an added one. */
export const SCHEMA_VERSION = '1.1.0';

export type FieldType = 'id' | 'ids' | 'string' | 'strings' | 'date' | 'partial-date' | 'time' | 'url' | 'boolean' | 'enum';

export interface Field {
  name: string;
  type: FieldType;
  /** Optional fields are null when the entry has no value. */
  optional?: boolean;
  /** The allowed values of an enum. */
  values?: readonly string[];
  description: string;
}

export const FIELD_TYPES: Record<FieldType, string> = {
  id: 'an id: lower-case letters, digits and hyphens',
  ids: 'a list of ids (in CSV: separated by ";")',
  string: 'text',
  strings: 'a list of texts',
  date: 'a date, "YYYY-MM-DD"',
  'partial-date': 'a date at its precision: "YYYY", "YYYY-MM" or "YYYY-MM-DD"',
  time: 'a time of day, "HH:MM"',
  url: 'an http(s) address',
  boolean: 'true or false',
  enum: 'one of a fixed list of values',
};

export const EVENT_FIELDS: Field[] = [
  { name: 'id', type: 'id', description: 'The event id; also its anchor on the timeline.' },
  { name: 'date', type: 'partial-date', description: 'When it happened; the form gives the precision.' },
  { name: 'precision', type: 'enum', values: ['year', 'month', 'day'], description: 'How precisely the date is known.' },
  { name: 'time', type: 'time', optional: true, description: 'The local time of day, where the sources give one.' },
  { name: 'title', type: 'string', description: 'A short title.' },
  { name: 'summary', type: 'string', description: 'One to three sentences; contested accounts are attributed.' },
  { name: 'period', type: 'enum', values: PERIOD_IDS, description: 'The period of the conflict.' },
  { name: 'places', type: 'ids', description: 'Ids of the places involved (see places.geojson).' },
  { name: 'sources', type: 'ids', description: 'Ids of the sources (see sources.json); at least one.' },
  { name: 'url', type: 'url', description: 'The event on the timeline page.' },
];

export const SOURCE_FIELDS: Field[] = [
  { name: 'id', type: 'id', description: 'The source id, as events, places and terms cite it.' },
  { name: 'title', type: 'string', description: 'The title as the page gives it.' },
  { name: 'publisher', type: 'string', description: 'Who published the page.' },
  { name: 'author', type: 'string', optional: true, description: 'A person or an organisation, when the page names one.' },
  { name: 'published', type: 'date', optional: true, description: 'The date on the page, when it shows one.' },
  { name: 'url', type: 'url', description: 'The address the page was read at.' },
  { name: 'accessed', type: 'date', description: 'The day the page was read.' },
  { name: 'kind', type: 'enum', values: SOURCE_KINDS, description: 'Primary document, news report, analysis, reference work or dataset.' },
  { name: 'language', type: 'string', description: 'BCP 47 code of the page’s language.' },
  { name: 'origin', type: 'enum', values: SOURCE_ORIGINS, description: 'Who stands behind the source.' },
];

export const PLACE_FIELDS: Field[] = [
  { name: 'id', type: 'id', description: 'The place id, as events cite it.' },
  { name: 'name', type: 'string', description: 'The conventional English name.' },
  { name: 'otherName', type: 'string', optional: true, description: 'Contested places: the other side’s name.' },
  { name: 'armenianLatin', type: 'string', optional: true, description: 'The Armenian name in Latin letters.' },
  { name: 'armenianNative', type: 'string', optional: true, description: 'The Armenian name in Armenian script.' },
  { name: 'azerbaijaniLatin', type: 'string', optional: true, description: 'The Azerbaijani name in Latin letters, as English texts spell it.' },
  { name: 'azerbaijaniNative', type: 'string', optional: true, description: 'The Azerbaijani name in its official spelling.' },
  { name: 'russian', type: 'string', optional: true, description: 'The Russian name in Cyrillic.' },
  { name: 'former', type: 'strings', description: 'Former or historical names.' },
  { name: 'names', type: 'strings', description: 'Every distinct name above, the conventional one first.' },
  { name: 'kind', type: 'enum', values: ['city', 'town', 'village', 'district', 'region', 'country', 'site'], description: 'What sort of place it is.' },
  { name: 'summary', type: 'string', description: 'What and where it is.' },
  { name: 'sources', type: 'ids', description: 'Ids of the sources (see sources.json).' },
  { name: 'url', type: 'url', description: 'The place on the places page.' },
];

export const TERM_FIELDS: Field[] = [
  { name: 'id', type: 'id', description: 'The term id.' },
  { name: 'term', type: 'string', description: 'The term.' },
  { name: 'abbr', type: 'string', optional: true, description: 'Its abbreviation.' },
  { name: 'short', type: 'string', description: 'A one-sentence definition.' },
  { name: 'definition', type: 'string', description: 'The full definition.' },
  { name: 'contested', type: 'boolean', description: 'True for loaded words.' },
  { name: 'usedBy', type: 'string', optional: true, description: 'Contested terms: who uses it.' },
  { name: 'implies', type: 'string', optional: true, description: 'Contested terms: what it implies.' },
  { name: 'siteUses', type: 'string', optional: true, description: 'Contested terms: what the site writes instead.' },
  { name: 'sources', type: 'ids', description: 'Ids of the sources (see sources.json).' },
  { name: 'url', type: 'url', description: 'The term in the glossary.' },
];

export interface Dataset {
  file: string;
  title: string;
  description: string;
  fields: Field[];
}

/** The files, in the order the /data/ page lists them. The JSON files hold their records under the key of the same name. */
export const DATASETS = {
  events: { file: 'events.json', title: 'Timeline events', description: 'Every event on the timeline, with its date, places and sources.', fields: EVENT_FIELDS },
  eventsCsv: { file: 'events.csv', title: 'Timeline events as CSV', description: 'The same events as a spreadsheet: UTF-8, comma-separated, quoted as RFC 4180 says, one row per event; lists of ids are separated by ";".', fields: EVENT_FIELDS },
  sources: { file: 'sources.json', title: 'Sources', description: 'The bibliography: every source the site cites.', fields: SOURCE_FIELDS },
  places: { file: 'places.geojson', title: 'Places', description: 'Every place under all its names, as GeoJSON Point features (RFC 7946). The fields are each feature’s properties; a place with no sourced coordinates has a null geometry.', fields: PLACE_FIELDS },
  terms: { file: 'terms.json', title: 'Glossary', description: 'Every glossary term, with what the site writes instead of loaded words.', fields: TERM_FIELDS },
} satisfies Record<string, Dataset>;

export type DataRecord = Record<string, string | boolean | string[] | null>;

/** The envelope every JSON file shares: schema version, licence, citation and field list. */
export function fileHeader(dataset: Dataset, site: URL) {
  return {
    schemaVersion: SCHEMA_VERSION,
    title: `${SITE_NAME}: ${dataset.title}`,
    licence: { name: CONTENT_LICENCE.name, url: CONTENT_LICENCE.url },
    citation: citation(dataset, site),
    fields: dataset.fields,
  };
}

/** How to cite a file: "Nagorno-Karabakh Explained. Timeline events (events.json), schema version <SCHEMA_VERSION>. <url>. Licensed under CC BY 4.0." */
export function citation(dataset: Dataset, site: URL): string {
  return `${SITE_NAME}. ${dataset.title} (${dataset.file}), schema version ${SCHEMA_VERSION}. ${new URL(`/data/${dataset.file}`, site)}. Licensed under ${CONTENT_LICENCE.name}.`;
}

const ids = (refs: { id: string }[]) => refs.map((r) => r.id);

export interface EventData {
  date: string;
  time?: string;
  title: string;
  summary: string;
  period: string;
  places: { id: string }[];
  sources: { id: string }[];
}

export function eventRecord(id: string, d: EventData, site: URL): DataRecord {
  return {
    id,
    date: d.date,
    precision: precisionOf(d.date),
    time: d.time ?? null,
    title: d.title,
    summary: d.summary,
    period: d.period,
    places: ids(d.places),
    sources: ids(d.sources),
    url: new URL(`/timeline/#${id}`, site).href,
  };
}

export interface SourceData {
  title: string;
  publisher: string;
  author?: string;
  published?: Date;
  url: string;
  accessed: Date;
  kind: string;
  language: string;
  origin: string;
}

export function sourceRecord(id: string, d: SourceData): DataRecord {
  return {
    id,
    title: d.title,
    publisher: d.publisher,
    author: d.author ?? null,
    published: d.published ? isoDate(d.published) : null,
    url: d.url,
    accessed: isoDate(d.accessed),
    kind: d.kind,
    language: d.language,
    origin: d.origin,
  };
}

export interface PlaceData extends PlaceNames {
  kind: string;
  coordinates?: [number, number];
  summary: string;
  sources: { id: string }[];
}

/** A place as a GeoJSON Feature: a Point where coordinates are sourced, else a null geometry. */
export function placeFeature(id: string, d: PlaceData, site: URL) {
  const properties: DataRecord = {
    id,
    name: d.name,
    otherName: d.otherName ?? null,
    armenianLatin: d.armenian?.latin ?? null,
    armenianNative: d.armenian?.native ?? null,
    azerbaijaniLatin: d.azerbaijani?.latin ?? null,
    azerbaijaniNative: d.azerbaijani?.native ?? null,
    russian: d.russian ?? null,
    former: formerNames(d.former),
    names: allNames(d),
    kind: d.kind,
    summary: d.summary,
    sources: ids(d.sources),
    url: new URL(`/places/${id}/`, site).href,
  };
  const geometry = d.coordinates ? { type: 'Point' as const, coordinates: d.coordinates } : null;
  return { type: 'Feature' as const, id, geometry, properties };
}

export interface TermData {
  term: string;
  abbr?: string;
  short: string;
  definition: string;
  contested: boolean;
  usedBy?: string;
  implies?: string;
  siteUses?: string;
  sources: { id: string }[];
}

export function termRecord(id: string, d: TermData, site: URL): DataRecord {
  return {
    id,
    term: d.term,
    abbr: d.abbr ?? null,
    short: d.short,
    definition: d.definition,
    contested: d.contested,
    usedBy: d.usedBy ?? null,
    implies: d.implies ?? null,
    siteUses: d.siteUses ?? null,
    sources: ids(d.sources),
    url: new URL(`/glossary/#${id}`, site).href,
  };
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function isUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}

function fits(value: unknown, field: Field): boolean {
  const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
  switch (field.type) {
    case 'id': return typeof value === 'string' && ID.test(value);
    case 'ids': return isStrings(value) && value.every((s) => ID.test(s));
    case 'string': return typeof value === 'string' && value.trim().length > 0;
    case 'strings': return isStrings(value) && value.every((s) => s.length > 0);
    case 'date': return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && isPartialDate(value);
    case 'partial-date': return typeof value === 'string' && isPartialDate(value);
    case 'time': return typeof value === 'string' && isTimeOfDay(value);
    case 'url': return typeof value === 'string' && isUrl(value);
    case 'boolean': return typeof value === 'boolean';
    case 'enum': return typeof value === 'string' && (field.values ?? []).includes(value);
  }
}

/** What is wrong with a record against a field list: missing, unknown or ill-typed fields. Empty when it fits. */
export function validateRecord(record: Record<string, unknown>, fields: Field[]): string[] {
  const problems: string[] = [];
  const known = new Set(fields.map((f) => f.name));
  for (const key of Object.keys(record)) if (!known.has(key)) problems.push(`${key}: not in the field list`);
  for (const field of fields) {
    if (!(field.name in record)) problems.push(`${field.name}: missing`);
    else if (record[field.name] === null) {
      if (!field.optional) problems.push(`${field.name}: null, but the field is required`);
    } else if (!fits(record[field.name], field)) {
      problems.push(`${field.name}: ${JSON.stringify(record[field.name])} is not ${FIELD_TYPES[field.type]}`);
    }
  }
  return problems;
}

/** One CSV field, quoted when it holds a quote, a comma or a line break (RFC 4180). */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Rows to CSV text: CRLF line ends, the last row ended too (RFC 4180). */
export function toCsv(rows: string[][]): string {
  return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

/** CSV text to rows: quoted fields may hold quotes (doubled), commas and line breaks; CRLF or LF line ends. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += ch;
  }
  if (quoted) throw new Error('CSV ends inside a quoted field');
  if (field !== '' || row.length > 0) row.push(field), rows.push(row);
  return rows;
}

const LIST_SEPARATOR = ';';
const isList = (f: Field) => f.type === 'ids' || f.type === 'strings';

/** Records to CSV, one column per field in the field list; lists joined with ";", null as empty. */
export function recordsToCsv(records: DataRecord[], fields: Field[]): string {
  const cell = (value: DataRecord[string]) =>
    value === null ? '' : Array.isArray(value) ? value.join(LIST_SEPARATOR) : String(value);
  return toCsv([fields.map((f) => f.name), ...records.map((r) => fields.map((f) => cell(r[f.name]!)))]);
}

/** The inverse of recordsToCsv: checks the header against the field list. */
export function recordsFromCsv(text: string, fields: Field[]): DataRecord[] {
  const [header, ...rows] = parseCsv(text);
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
