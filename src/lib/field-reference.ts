/**
 * FIELDS.md, the authors' field reference, written from the content model (src/content.config.ts)
 * by `npm run fields`: every field of every kind of entry, its type, whether it is required, its
 * allowed values and its description. Its test fails when FIELDS.md is not what the schemas give,
 * so the reference cannot drift from them.
 */
import { AUTHOR_TYPES, schemaFields, type SchemaField } from './schema-fields.ts';
import type { z } from 'astro/zod';

/** Each collection as the reference heads it, and where its files live, in the order of the reference. */
export const COLLECTION_FILES = {
  explainers: { title: 'An explainer', where: 'the frontmatter of `content/explainers/<id>.mdx`' },
  home: { title: 'The home page text', where: 'the frontmatter of `content/home/<id>.mdx`' },
  sources: { title: 'A source', where: '`content/sources/<id>.yaml`' },
  events: { title: 'A timeline event', where: '`content/events/<id>.yaml`' },
  places: { title: 'A place', where: '`content/places/<id>.yaml`' },
  terms: { title: 'A glossary term', where: '`content/terms/<id>.yaml`' },
  people: { title: 'A person', where: '`content/people/<id>.yaml`' },
  documents: { title: 'A document', where: '`content/documents/<id>.yaml`' },
} as const;

export type CollectionName = keyof typeof COLLECTION_FILES;

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** The type column: the type in an author's words, with the allowed values or the collection an id names. */
export function typeText(field: SchemaField): string {
  const values = field.values ? `: ${field.values.map((v) => `\`${v}\``).join(', ')}` : '';
  const of = field.collection ? ` of ${field.collection}` : '';
  return `${AUTHOR_TYPES[field.type]}${of}${values}`;
}

/** The "required" column: "yes", "no", or "no (default: …)". */
export function requiredText(field: SchemaField): string {
  if (!field.optional) return 'yes';
  return field.default === undefined ? 'no' : `no (default: \`${JSON.stringify(field.default)}\`)`;
}

/** The rows of one record's fields; nested records follow their parent as "parent.field", a list's as "parent[].field". */
export function rows(fields: SchemaField[], prefix = ''): string[] {
  return fields.flatMap((f) => {
    const name = `${prefix}${f.name}`;
    const row = `| \`${name}\` | ${requiredText(f)} | ${cell(typeText(f))} | ${cell(f.description)} |`;
    const inner = f.fields ? rows(f.fields, f.type === 'record' ? `${name}.` : `${name}[].`) : [];
    return [row, ...inner];
  });
}

/** The whole reference, one section per collection. */
export function fieldReference(schemas: Record<CollectionName, z.ZodType>): string {
  const sections = (Object.keys(COLLECTION_FILES) as CollectionName[]).map((name) => {
    const { title, where } = COLLECTION_FILES[name];
    return [
      `## ${title}`,
      '',
      `In ${where}.`,
      '',
      '| field | required | type | description |',
      '| --- | --- | --- | --- |',
      ...rows(schemaFields(schemas[name])),
    ].join('\n');
  });
  return [
    '# Field reference',
    '',
    '<!-- Written by `npm run fields` from src/content.config.ts: edit the schemas there, not this file. -->',
    '',
    'Every field of every kind of entry, as the content model in `src/content.config.ts` defines it:',
    'the build refuses an entry that does not fit. Nested fields are written `parent.field`, the',
    'fields of each item of a list `parent[].field`. [CONTRIBUTING.md](CONTRIBUTING.md) has an',
    'example of each kind of entry and the rules for classifying a publisher.',
    '',
    ...sections.flatMap((s) => [s, '']),
  ].join('\n');
}
