/**
 * The open data's field lists, read from the content model (src/content.config.ts)
 * by `dataFields()`, which fails on a schema field the open data neither writes
 * nor names as left out, so that the schemas, the endpoints, the /data/ page and
 * the tests cannot drift apart.
 */
import { collections } from '../../content.config.ts';
import { PRECISIONS } from '../dates.ts';
import { fieldAt, schemaAt, schemaFields, type FieldType, type SchemaField } from '../schema-fields.ts';
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
const added = (name: string, type: DataFieldType, description: string, values?: readonly string[]): Field => ({
  name,
  type,
  ...(values ? { values } : {}),
  description,
});

const isAdded = (e: string | FromSchema | Field): e is Field => typeof e === 'object' && !('from' in e);

/**
 * The field list of a file from its collection's schema. Each entry is a schema field's name, a
 * `FromSchema`, or a field the files add. Every field of the schema must be written or named in
 * `leftOut` with the reason, so that a field added to the content model and not to the open data
 * (or named here and not in the model) is an error, not a silent gap.
 */
export function dataFields(
  schema: z.ZodType,
  entries: (string | FromSchema | Field)[],
  leftOut: Record<string, string> = {},
): Field[] {
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
    nested.some((p) => p.startsWith(`${head}.`))
      ? (fieldAt(schema, head)?.fields ?? []).map((f) => `${head}.${f.name}`)
      : [head],
  );
  const covered = new Set([...used].flatMap((p) => [p, p.split('.')[0]!]));
  for (const name of new Set(wanted))
    if (!covered.has(name) && !(name in leftOut))
      problems.push(`"${name}" is in the schema but neither written to the file nor listed as left out`);
  for (const name of Object.keys(leftOut))
    if (!fieldAt(schema, name)) problems.push(`"${name}" is listed as left out but is not a field of the schema`);
  if (problems.length) throw new Error(`open data field list: ${problems.join('; ')}`);
  return fields;
}

function toData(field: SchemaField, spec: FromSchema, parent: SchemaField | undefined, problems: string[]): Field {
  const type = spec.type ?? field.type;
  const name = spec.name ?? field.name;
  if (!(type in FIELD_TYPES)) problems.push(`"${spec.from}" is of type ${type}: give the type the file writes`);
  if (type === 'records' && !spec.fields)
    problems.push(`"${spec.from}" is a list of records: give the fields the file writes`);
  const see = field.collection && FILE_OF[field.collection] ? ` (see ${FILE_OF[field.collection]})` : '';
  const description =
    spec.description ?? `${parent ? `${parent.description} ` : ''}${field.description}`.replace(/\.?$/, `${see}.`);
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

const ACCOUNT_FIELDS: Field[] = dataFields(schemaAt(documentSchema, 'clauses.accounts'), [
  'party',
  'who',
  'date',
  'text',
  'sources',
]);

const CLAUSE_FIELDS: Field[] = dataFields(schemaAt(documentSchema, 'clauses'), [
  'n',
  added('anchor', 'id', 'Its anchor on the document page, e.g. point-6.'),
  'title',
  'text',
  {
    from: 'verbatim',
    optional: false,
    description:
      'Whether text quotes the official text word for word (the document’s text.verbatim unless the clause says otherwise).',
  },
  {
    from: 'textSources',
    optional: false,
    description:
      'Ids of the sources of this clause’s text (see sources.json): the document’s text sources unless the clause rests on others.',
  },
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
