/**
 * `npm run fields`: writes FIELDS.md, the field reference, from the content model in
 * src/content.config.ts (src/lib/field-reference.ts). Run it after changing a schema;
 * src/lib/field-reference.test.ts fails while FIELDS.md is out of date.
 */
import { writeFileSync } from 'node:fs';
import { collections } from '../src/content.config.ts';
import { fieldReference } from '../src/lib/field-reference.ts';
import type { z } from 'astro/zod';

const schemas = Object.fromEntries(Object.entries(collections).map(([name, c]) => [name, c.schema as z.ZodType]));
writeFileSync(
  new URL('../FIELDS.md', import.meta.url),
  fieldReference(schemas as Parameters<typeof fieldReference>[0]),
);
console.log('FIELDS.md written');
