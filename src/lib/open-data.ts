/**
 * The open data files under /data/: their field lists, the record builders,
 * CSV in and out (RFC 4180), and a validator. The endpoints, the /data/ page
 * and the tests all read the same field lists, so they cannot drift apart.
 */
import { isPartialDate, isTimeOfDay, isoDate, precisionOf } from './dates.ts';
import { allNames, formerNames, type PlaceNames } from './places.ts';
import { BASED_IN, CLAUSE_LABELS, CLAUSE_STATUSES, DOCUMENT_KINDS, PARTIES, PERIOD_IDS, SIDES, SOURCE_KINDS, SOURCE_TYPES } from './vocabulary.ts';
import { clauseAnchor } from './documents.ts';
import { CONTENT_LICENCE, SITE_NAME } from './site-meta.ts';

/** Raised on any change to the files' fields: major for a removed or renamed field, minor for an added one. */
export const SCHEMA_VERSION = '2.1.0';

export type FieldType = 'id' | 'ids' | 'string' | 'strings' | 'date' | 'partial-date' | 'time' | 'url' | 'boolean' | 'enum' | 'enums' | 'integer' | 'records';

export interface Field {
  name: string;
  type: FieldType;
  /** Optional fields are null when the entry has no value. */
  optional?: boolean;
  /** The allowed values of an enum, or of each item of enums. */
  values?: readonly string[];
  /** The fields of each record of a list of records. */
  fields?: Field[];
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
  enums: 'a list, each item one of a fixed list of values',
  integer: 'a whole number',
  records: 'a list of records, each with the fields listed under it',
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
  { name: 'url', type: 'url', description: 'The original publisher’s page.' },
  { name: 'readAt', type: 'url', optional: true, description: 'The copy actually read, when the original could not be read.' },
  { name: 'accessed', type: 'date', description: 'The day the page was read.' },
  { name: 'type', type: 'enum', values: SOURCE_TYPES, description: 'What the document is: primary document, news report, analysis, reference work or dataset.' },
  { name: 'kind', type: 'enum', values: SOURCE_KINDS, description: 'What the publisher is: government or official body, state-owned or state-funded media, private media, international organisation, NGO or research body, academic, reference work or advocacy site.' },
  { name: 'basedIn', type: 'enum', values: BASED_IN, description: 'Where the publisher is based or who runs it: a party to the conflict, "international" for intergovernmental bodies, or another state.' },
  { name: 'language', type: 'string', description: 'BCP 47 code of the page’s language.' },
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

const ACCOUNT_FIELDS: Field[] = [
  { name: 'party', type: 'enum', values: PARTIES, description: 'Whose account it is.' },
  { name: 'who', type: 'string', description: 'Who gave it.' },
  { name: 'date', type: 'partial-date', description: 'When they gave it.' },
  { name: 'text', type: 'string', description: 'The account, in the site’s words or a short quotation.' },
  { name: 'sources', type: 'ids', description: 'Ids of the sources (see sources.json).' },
];

const CLAUSE_FIELDS: Field[] = [
  { name: 'n', type: 'integer', description: 'The number the text gives the clause.' },
  { name: 'anchor', type: 'id', description: 'Its anchor on the document page, e.g. point-6.' },
  { name: 'title', type: 'string', description: 'A few words naming it.' },
  { name: 'text', type: 'string', description: 'The official text word for word when verbatim is true, else the site’s summary.' },
  { name: 'verbatim', type: 'boolean', description: 'Whether text quotes the official text word for word.' },
  { name: 'textSources', type: 'ids', description: 'Ids of the sources of this clause’s text (see sources.json): the document’s textSources unless the clause rests on others.' },
  { name: 'status', type: 'enum', values: CLAUSE_STATUSES, description: 'What became of it.' },
  { name: 'statusDate', type: 'partial-date', description: 'The date the status describes.' },
  { name: 'statusNote', type: 'string', description: 'What became of it, in a sentence or two.' },
  { name: 'statusSources', type: 'ids', description: 'Ids of the sources for the status (see sources.json).' },
  { name: 'accounts', type: 'records', fields: ACCOUNT_FIELDS, description: 'Where the parties disagree, each side’s account.' },
  { name: 'url', type: 'url', description: 'The clause on its document page.' },
];

export const DOCUMENT_FIELDS: Field[] = [
  { name: 'id', type: 'id', description: 'The document id; its page is /documents/<id>/.' },
  { name: 'title', type: 'string', description: 'The official title, in English.' },
  { name: 'shortTitle', type: 'string', description: 'How running text names it.' },
  { name: 'date', type: 'partial-date', description: 'When it was signed or adopted.' },
  { name: 'inForce', type: 'partial-date', optional: true, description: 'When it took effect, where that differs.' },
  { name: 'kind', type: 'enum', values: DOCUMENT_KINDS, description: 'What kind of text it is.' },
  { name: 'parties', type: 'enums', values: SIDES, description: 'Who it binds or who adopted it.' },
  { name: 'signatories', type: 'strings', description: 'The signatories as the text gives them; empty for a resolution.' },
  { name: 'summary', type: 'string', description: 'What it did, in one line.' },
  { name: 'context', type: 'string', description: 'How it came about and what followed.' },
  { name: 'contextSources', type: 'ids', description: 'Ids of the sources for the context (see sources.json).' },
  { name: 'textLanguage', type: 'string', description: 'The language version quoted or summarised.' },
  { name: 'textPublishedBy', type: 'string', description: 'Where that version was published.' },
  { name: 'textSources', type: 'ids', description: 'Ids of the sources of the text itself (see sources.json).' },
  { name: 'clauseLabel', type: 'enum', values: CLAUSE_LABELS, description: 'What the text calls its parts.' },
  { name: 'clauses', type: 'records', fields: CLAUSE_FIELDS, description: 'The clauses in the order of the text.' },
  { name: 'lastReviewed', type: 'date', description: 'The day an editor last checked the document against its sources.' },
  { name: 'url', type: 'url', description: 'The document’s page.' },
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
  readAt?: string;
  accessed: Date;
  type: string;
  kind: string;
  basedIn: string;
  language: string;
}

export function sourceRecord(id: string, d: SourceData): DataRecord {
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

interface Cited {
  id: string;
}

export interface DocumentData {
  title: string;
  shortTitle: string;
  date: string;
  inForce?: string;
  kind: string;
  parties: string[];
  signatories: string[];
  summary: string;
  context: string;
  contextSources: Cited[];
  text: { verbatim: boolean; language: string; publishedBy: string; sources: Cited[] };
  clauseLabel: string;
  clauses: {
    n: number;
    title: string;
    text: string;
    textSources?: Cited[];
    verbatim?: boolean;
    status: string;
    statusDate: string;
    statusNote: string;
    statusSources: Cited[];
    accounts: { party: string; who: string; date: string; text: string; sources: Cited[] }[];
  }[];
  lastReviewed: Date;
}

export function documentRecord(id: string, d: DocumentData, site: URL): DataRecord {
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
