/**
 * Reads the content model's zod schemas (src/content.config.ts) as a list of documented fields, so
 * that the open data's field lists, the /data/ page and the field reference (FIELDS.md) take every
 * field's name, type, allowed values and description from the one place that defines them.
 */
import { globalRegistry, type z } from 'astro/zod';

/** The types a field can have, as the documentation names them. */
export type FieldType =
  | 'id'
  | 'ids'
  | 'string'
  | 'strings'
  | 'date'
  | 'partial-date'
  | 'month'
  | 'time'
  | 'url'
  | 'boolean'
  | 'enum'
  | 'enums'
  | 'integer'
  | 'number'
  | 'coordinates'
  | 'record'
  | 'records'
  | 'names';

/** A field of a schema, as read from it. */
export interface SchemaField {
  name: string;
  type: FieldType;
  /** True when an entry may leave the field out (it may have a default). */
  optional: boolean;
  /** The value an entry that leaves the field out gets, when there is one. */
  default?: unknown;
  /** The allowed values of an enum, or of each item of enums. */
  values?: readonly string[];
  /** The collection whose ids an id or ids field holds. */
  collection?: string;
  /** The fields of a record, or of each record of records or names. */
  fields?: SchemaField[];
  description: string;
}

/** What the documentation's types mean to an author writing YAML. */
export const AUTHOR_TYPES: Record<FieldType, string> = {
  id: 'an id',
  ids: 'a list of ids',
  string: 'text',
  strings: 'a list of texts',
  date: 'a date in quotes, "YYYY-MM-DD"',
  'partial-date': 'a date in quotes at its precision: "YYYY", "YYYY-MM" or "YYYY-MM-DD"',
  month: 'a month in quotes, "YYYY-MM"',
  time: 'a time of day in quotes, "HH:MM"',
  url: 'a full http(s) address',
  boolean: 'true or false',
  enum: 'one of a fixed list of values',
  enums: 'a list, each item one of a fixed list of values',
  integer: 'a whole number',
  number: 'a number',
  coordinates: '[longitude, latitude], two numbers',
  record: 'a record with the fields below',
  records: 'a list of records, each with the fields below',
  names: 'a list, each item a text or a record with the fields below',
};

/** The meta key that gives a field's documented type where zod's own does not say it (a date is a string to zod). */
interface FieldMeta {
  fieldType?: FieldType;
  collection?: string;
  description?: string;
}

/** Tags a schema with its documented type: `typed(z.string().refine(isPartialDate), 'partial-date')`. */
export function typed<T extends z.ZodType>(schema: T, fieldType: FieldType, collection?: string): T {
  return schema.meta(collection ? { fieldType, collection } : { fieldType }) as T;
}

type Def = {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  defaultValue?: unknown;
  element?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string>;
  checks?: { _zod: { def: { check?: string; format?: string } } }[];
  format?: string;
  shape?: Record<string, z.ZodType>;
};
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const metaOf = (schema: z.ZodType) => (globalRegistry.get(schema) ?? {}) as FieldMeta;

/** The object schema under a wrapper (optional, default, a refinement of the whole entry). */
export function shapeOf(schema: z.ZodType): Record<string, z.ZodType> {
  let s = schema;
  for (;;) {
    const def = defOf(s);
    if (def.type === 'object') return (s as unknown as { shape: Record<string, z.ZodType> }).shape;
    if (def.innerType) s = def.innerType;
    else if (def.type === 'pipe' && def.in) s = def.in;
    else throw new Error(`schema-fields: expected an object schema, found ${def.type}`);
  }
}

/** One field of a schema: unwraps optional, default and transforms, collecting the tags and the description on the way. */
export function schemaField(name: string, schema: z.ZodType): SchemaField {
  let s = schema;
  let optional = false;
  let dflt: unknown;
  let hasDefault = false;
  const meta: FieldMeta = {};
  const take = (m: FieldMeta) => {
    for (const [k, v] of Object.entries(m))
      if (v !== undefined && !(k in meta)) (meta as Record<string, unknown>)[k] = v;
  };
  for (;;) {
    take(metaOf(s));
    const def = defOf(s);
    if (def.type === 'optional') optional = true;
    if (def.type === 'default') ((optional = true), (hasDefault = true), (dflt = def.defaultValue));
    if (def.innerType) s = def.innerType;
    else if (def.type === 'pipe' && def.in && !meta.fieldType) s = def.in;
    else break;
  }
  const def = defOf(s);
  const field: SchemaField = { name, type: meta.fieldType ?? 'string', optional, description: meta.description ?? '' };
  if (hasDefault) field.default = dflt;
  if (meta.collection) field.collection = meta.collection;
  if (meta.fieldType) {
    if (meta.fieldType === 'names') field.fields = fieldsOfUnion(s);
    return field;
  }
  switch (def.type) {
    case 'string':
      field.type = def.format === 'url' ? 'url' : 'string';
      break;
    case 'boolean':
      field.type = 'boolean';
      break;
    case 'number':
      field.type = def.checks?.some((c) => c._zod.def.format === 'safeint') ? 'integer' : 'number';
      break;
    case 'enum':
      field.type = 'enum';
      field.values = Object.values(def.entries!);
      break;
    case 'object':
      field.type = 'record';
      field.fields = schemaFields(s);
      break;
    case 'array': {
      const item = schemaField(name, def.element!);
      if (item.type === 'enum') ((field.type = 'enums'), (field.values = item.values));
      else if (item.type === 'record') ((field.type = 'records'), (field.fields = item.fields));
      else if (item.type === 'id') ((field.type = 'ids'), (field.collection = item.collection));
      else if (item.type === 'string') field.type = 'strings';
      else throw new Error(`schema-fields: "${name}" is a list of ${item.type}: tag it with typed()`);
      break;
    }
    default:
      throw new Error(`schema-fields: "${name}" has the zod type ${def.type}: tag it with typed()`);
  }
  return field;
}

/** The record variant of a union of a text and a record (a former name). */
function fieldsOfUnion(s: z.ZodType): SchemaField[] {
  let u = s;
  while (defOf(u).type !== 'union') {
    const def = defOf(u);
    u = def.type === 'array' ? def.element! : def.innerType!;
  }
  const record = defOf(u).options!.find((o) => defOf(o).type === 'object');
  return record ? schemaFields(record) : [];
}

/** Every field of an object schema, in the order the schema gives them. */
export function schemaFields(schema: z.ZodType): SchemaField[] {
  return Object.entries(shapeOf(schema)).map(([name, s]) => schemaField(name, s));
}

/** The zod schema of the field at a dotted path, "clauses.accounts": of each item, for a list. */
export function schemaAt(schema: z.ZodType, path: string): z.ZodType {
  let s = schema;
  for (const key of path.split('.')) {
    s =
      shapeOf(s)[key] ??
      (() => {
        throw new Error(`schema-fields: no field "${key}" in "${path}"`);
      })();
    for (let def = defOf(s); ['optional', 'default', 'array'].includes(def.type); def = defOf(s))
      s = def.type === 'array' ? def.element! : def.innerType!;
  }
  return s;
}

/** The field at a dotted path, "text.language": a nested record's field. */
export function fieldAt(schema: z.ZodType, path: string): SchemaField | undefined {
  const [head, ...rest] = path.split('.');
  const field = schemaFields(schema).find((f) => f.name === head);
  if (!field || rest.length === 0) return field;
  let fields = field.fields;
  let found: SchemaField | undefined;
  for (const key of rest) {
    found = fields?.find((f) => f.name === key);
    fields = found?.fields;
  }
  return found;
}

/** Fields without a description, as "name" or "parent.name": the content model leaves none undescribed. */
export function undescribed(fields: SchemaField[], prefix = ''): string[] {
  return fields.flatMap((f) => [
    ...(f.description ? [] : [`${prefix}${f.name}`]),
    ...undescribed(f.fields ?? [], `${prefix}${f.name}.`),
  ]);
}
