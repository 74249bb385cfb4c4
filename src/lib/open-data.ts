/**
 * The open data files under /data/: their field lists, the record builders,
 * CSV in and out (RFC 4180), and a validator. The field lists are read from the
 * content model (src/content.config.ts) by `dataFields()`, which fails on a
 * schema field the open data neither writes nor names as left out, so the
 * schemas, the endpoints, the /data/ page and the tests cannot drift apart.
 */
import type { CollectionEntry } from 'astro:content';
import { collections } from '../content.config.ts';
import { PRECISIONS, isPartialDate, isTimeOfDay, isoDate, precisionOf } from './dates.ts';
import { allNames, formerNames } from './places.ts';
import { clauseAnchor } from './documents.ts';
import { fieldAt, schemaAt, schemaFields, type FieldType, type SchemaField } from './schema-fields.ts';
import { CONTENT_LICENCE, SITE_NAME } from './site-meta.ts';
import type { z } from 'astro/zod';

/** Raised on any change to the files' fields: major for a removed or renamed field, minor for an added one. */
export const SCHEMA_VERSION = '2.1.0';

/** The types a field of the open data can have: the content model's, less those the files write otherwise (a place's coordinates are its geometry). */
export type DataFieldType = Exclude<FieldType, 'month' | 'number' | 'coordinates' | 'record' | 'names'>;

export interface Field {
  name: string;
  type: DataFieldType;
  /** Optional fields are null when the entry has no value. */
  optional?: boolean;
  /** The allowed values of an enum, or of each item of enums. */
  values?: readonly string[];
  /** The fields of each record of a list of records. */
  fields?: Field[];
  description: string;
}

export const FIELD_TYPES: Record<DataFieldType, string> = {
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
  enums: 'a list, each item one of a fixed list of values',
  integer: 'a whole number',
  records: 'a list of records, each with the fields listed under it',
};

/** The file that lists the entries a list of ids points at. */
const FILE_OF: Record<string, string> = { sources: 'sources.json', places: 'places.geojson' };

/**
 * A field of the content model as the open data writes it: `from` is its path in the schema
 * ("text.language" for a nested one), `name` its name in the files when that differs. The type,
 * values and description are the schema's unless given; a nested field's description follows its
 * parent's.
 */
interface FromSchema {
  from: string;
  name?: string;
  type?: DataFieldType;
  optional?: boolean;
  description?: string;
  fields?: Field[];
}

/** A field the files add to the entry's own (its id, its address): described here, since no schema has it. */
const added = (name: string, type: DataFieldType, description: string, values?: readonly string[]): Field => ({ name, type, ...(values ? { values } : {}), description });

const isAdded = (e: string | FromSchema | Field): e is Field => typeof e === 'object' && !('from' in e);

/**
 * The field list of a file from its collection's schema. Each entry is a schema field's name, a
 * `FromSchema`, or a field the files add. Every field of the schema must be written or named in
 * `leftOut` with the reason, so that a field added to the content model and not to the open data
 * (or named here and not in the model) is an error, not a silent gap.
 */
export function dataFields(schema: z.ZodType, entries: (string | FromSchema | Field)[], leftOut: Record<string, string> = {}): Field[] {
  const problems: string[] = [];
  const own = schemaFields(schema).map((f) => f.name);
  const used = new Set<string>();
  const fields = entries.map((entry): Field => {
    if (isAdded(entry)) {
      if (own.includes(entry.name)) problems.push(`"${entry.name}" is a field of the schema: take it from there`);
      return entry;
    }
    const spec: FromSchema = typeof entry === 'string' ? { from: entry } : entry;
    const [head] = spec.from.split('.');
    used.add(spec.from);
    const field = fieldAt(schema, spec.from);
    if (!field) {
      problems.push(`"${spec.from}" is not a field of the schema`);
      return { name: spec.name ?? spec.from, type: 'string', description: '' };
    }
    const parent = spec.from.includes('.') ? fieldAt(schema, head!) : undefined;
    return toData(field, spec, parent, problems);
  });
  // A record written field by field ("text.language") must account for each of its fields too.
  const nested = [...used].filter((p) => p.includes('.'));
  const wanted = [...own, ...new Set(nested.map((p) => p.split('.')[0]!))].flatMap((head) =>
    nested.some((p) => p.startsWith(`${head}.`)) ? (fieldAt(schema, head)?.fields ?? []).map((f) => `${head}.${f.name}`) : [head],
  );
  const covered = new Set([...used].flatMap((p) => [p, p.split('.')[0]!]));
  for (const name of new Set(wanted)) if (!covered.has(name) && !(name in leftOut)) problems.push(`"${name}" is in the schema but neither written to the file nor listed as left out`);
  for (const name of Object.keys(leftOut)) if (!fieldAt(schema, name)) problems.push(`"${name}" is listed as left out but is not a field of the schema`);
  if (problems.length) throw new Error(`open data field list: ${problems.join('; ')}`);
  return fields;
}

function toData(field: SchemaField, spec: FromSchema, parent: SchemaField | undefined, problems: string[]): Field {
  const type = spec.type ?? field.type;
  const name = spec.name ?? field.name;
  if (!(type in FIELD_TYPES)) problems.push(`"${spec.from}" is of type ${type}: give the type the file writes`);
  if (type === 'records' && !spec.fields) problems.push(`"${spec.from}" is a list of records: give the fields the file writes`);
  const see = field.collection && FILE_OF[field.collection] ? ` (see ${FILE_OF[field.collection]})` : '';
  const description = spec.description ?? `${parent ? `${parent.description} ` : ''}${field.description}`.replace(/\.?$/, `${see}.`);
  // A field that may be left out and has no default is null in the files when it is; so is every field of a record that may be left out.
  const optional = spec.optional ?? ((field.optional && field.default === undefined) || Boolean(parent?.optional));
  return {
    name,
    type: type as DataFieldType,
    ...(optional ? { optional } : {}),
    ...(field.values && (type === 'enum' || type === 'enums') ? { values: field.values } : {}),
    ...(spec.fields ? { fields: spec.fields } : {}),
    description,
  };
}

const schemaOf = (collection: keyof typeof collections) => collections[collection].schema as z.ZodType;

export const EVENT_FIELDS: Field[] = dataFields(schemaOf('events'), [
  added('id', 'id', 'The event id; also its anchor on the timeline.'),
  'date',
  added('precision', 'enum', 'How precisely the date is known.', PRECISIONS),
  'time',
  'title',
  'summary',
  'period',
  'places',
  'sources',
  added('url', 'url', 'The event on the timeline page.'),
]);

export const SOURCE_FIELDS: Field[] = dataFields(schemaOf('sources'), [
  added('id', 'id', 'The source id, as events, places and terms cite it.'),
  'title',
  'publisher',
  'author',
  'published',
  'url',
  'readAt',
  'accessed',
  'type',
  'kind',
  'basedIn',
  'language',
]);

export const PLACE_FIELDS: Field[] = dataFields(
  schemaOf('places'),
  [
    added('id', 'id', 'The place id, as events cite it.'),
    'name',
    'otherName',
    { from: 'armenian.latin', name: 'armenianLatin' },
    { from: 'armenian.native', name: 'armenianNative' },
    { from: 'azerbaijani.latin', name: 'azerbaijaniLatin' },
    { from: 'azerbaijani.native', name: 'azerbaijaniNative' },
    'russian',
    { from: 'former', type: 'strings', description: 'Former or historical names, without the dates they were used.' },
    added('names', 'strings', 'Every distinct name above, the conventional one first.'),
    'kind',
    'summary',
    'sources',
    added('url', 'url', 'The place on the places page.'),
  ],
  { coordinates: 'the feature’s geometry, not a property' },
);

export const TERM_FIELDS: Field[] = dataFields(schemaOf('terms'), [
  added('id', 'id', 'The term id.'),
  'term',
  'abbr',
  'short',
  'definition',
  'contested',
  'usedBy',
  'implies',
  'siteUses',
  'sources',
  added('url', 'url', 'The term in the glossary.'),
]);

const documentSchema = schemaOf('documents');

const ACCOUNT_FIELDS: Field[] = dataFields(schemaAt(documentSchema, 'clauses.accounts'), ['party', 'who', 'date', 'text', 'sources']);

const CLAUSE_FIELDS: Field[] = dataFields(schemaAt(documentSchema, 'clauses'), [
  'n',
  added('anchor', 'id', 'Its anchor on the document page, e.g. point-6.'),
  'title',
  'text',
  { from: 'verbatim', optional: false, description: 'Whether text quotes the official text word for word (the document’s text.verbatim unless the clause says otherwise).' },
  { from: 'textSources', optional: false, description: 'Ids of the sources of this clause’s text (see sources.json): the document’s text sources unless the clause rests on others.' },
  'status',
  'statusDate',
  'statusNote',
  'statusSources',
  { from: 'accounts', fields: ACCOUNT_FIELDS },
  added('url', 'url', 'The clause on its document page.'),
]);

export const DOCUMENT_FIELDS: Field[] = dataFields(
  documentSchema,
  [
    added('id', 'id', 'The document id; its page is /documents/<id>/.'),
    'title',
    'shortTitle',
    'date',
    'inForce',
    'kind',
    'parties',
    'signatories',
    'summary',
    'context',
    'contextSources',
    { from: 'text.language', name: 'textLanguage' },
    { from: 'text.publishedBy', name: 'textPublishedBy' },
    { from: 'text.sources', name: 'textSources' },
    'clauseLabel',
    { from: 'clauses', fields: CLAUSE_FIELDS },
    'lastReviewed',
    added('url', 'url', 'The document’s page.'),
  ],
  { 'text.verbatim': 'each clause’s verbatim says it, the document’s value unless the clause differs' },
);

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
  documents: { file: 'documents.json', title: 'Documents', description: 'The primary documents clause by clause: each clause’s text, what became of it and each side’s account.', fields: DOCUMENT_FIELDS },
} satisfies Record<string, Dataset>;

export type DataValue = string | number | boolean | string[] | null | DataRecord[];
export type DataRecord = { [field: string]: DataValue };

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

type Data<C extends keyof typeof collections> = CollectionEntry<C>['data'];

export function eventRecord(id: string, d: Data<'events'>, site: URL): DataRecord {
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

export function sourceRecord(id: string, d: Data<'sources'>): DataRecord {
  return {
    id,
    title: d.title,
    publisher: d.publisher,
    author: d.author ?? null,
    published: d.published ? isoDate(d.published) : null,
    url: d.url,
    readAt: d.readAt ?? null,
    accessed: isoDate(d.accessed),
    type: d.type,
    kind: d.kind,
    basedIn: d.basedIn,
    language: d.language,
  };
}

/** A place as a GeoJSON Feature: a Point where coordinates are sourced, else a null geometry. */
export function placeFeature(id: string, d: Data<'places'>, site: URL) {
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

export function termRecord(id: string, d: Data<'terms'>, site: URL): DataRecord {
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

export function documentRecord(id: string, d: Data<'documents'>, site: URL): DataRecord {
  const page = new URL(`/documents/${id}/`, site).href;
  return {
    id,
    title: d.title,
    shortTitle: d.shortTitle,
    date: d.date,
    inForce: d.inForce ?? null,
    kind: d.kind,
    parties: d.parties,
    signatories: d.signatories,
    summary: d.summary,
    context: d.context,
    contextSources: ids(d.contextSources),
    textLanguage: d.text.language,
    textPublishedBy: d.text.publishedBy,
    textSources: ids(d.text.sources),
    clauseLabel: d.clauseLabel,
    clauses: d.clauses.map((c) => ({
      n: c.n,
      anchor: clauseAnchor(d.clauseLabel, c.n),
      title: c.title,
      text: c.text,
      verbatim: c.verbatim ?? d.text.verbatim,
      textSources: ids(c.textSources ?? d.text.sources),
      status: c.status,
      statusDate: c.statusDate,
      statusNote: c.statusNote,
      statusSources: ids(c.statusSources),
      accounts: c.accounts.map((a) => ({ party: a.party, who: a.who, date: a.date, text: a.text, sources: ids(a.sources) })),
      url: `${page}#${clauseAnchor(d.clauseLabel, c.n)}`,
    })),
    lastReviewed: isoDate(d.lastReviewed),
    url: page,
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
    case 'enums': return isStrings(value) && value.every((v) => (field.values ?? []).includes(v));
    case 'integer': return Number.isInteger(value);
    case 'records': return Array.isArray(value) && value.every((v) => typeof v === 'object' && v !== null && !Array.isArray(v));
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
    } else if (field.type === 'records') {
      (record[field.name] as Record<string, unknown>[]).forEach((r, i) => {
        for (const p of validateRecord(r, field.fields ?? [])) problems.push(`${field.name}[${i}].${p}`);
      });
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
