/** Checks a record against its field list: what the tests and the open data's readers can rely on. */
import { isPartialDate, isTimeOfDay } from '../dates.ts';
import { FIELD_TYPES, type Field } from './fields.ts';

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
    case 'id':
      return typeof value === 'string' && ID.test(value);
    case 'ids':
      return isStrings(value) && value.every((s) => ID.test(s));
    case 'string':
      return typeof value === 'string' && value.trim().length > 0;
    case 'strings':
      return isStrings(value) && value.every((s) => s.length > 0);
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && isPartialDate(value);
    case 'partial-date':
      return typeof value === 'string' && isPartialDate(value);
    case 'time':
      return typeof value === 'string' && isTimeOfDay(value);
    case 'url':
      return typeof value === 'string' && isUrl(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'enum':
      return typeof value === 'string' && (field.values ?? []).includes(value);
    case 'enums':
      return isStrings(value) && value.every((v) => (field.values ?? []).includes(v));
    case 'integer':
      return Number.isInteger(value);
    case 'records':
      return Array.isArray(value) && value.every((v) => typeof v === 'object' && v !== null && !Array.isArray(v));
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
