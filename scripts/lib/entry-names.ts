/**
 * The names that <Place> and <Person> print, read from content/: a place's
 * first mention on a page gives "Stepanakert (Khankendi)", later ones
 * "Stepanakert"; a person prints their name. For the word counts of
 * `npm run words` and tests/build/explainers.test.ts, which read MDX without
 * building it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { NameOf } from '../../src/lib/mdx-prose.ts';

function names(dir: string): Map<string, { name: string; otherName?: string }> {
  return new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => [
        f.slice(0, -'.yaml'.length),
        parse(readFileSync(join(dir, f), 'utf8')) as { name: string; otherName?: string },
      ]),
  );
}

export function entryNames(contentDir: string): NameOf {
  const places = names(join(contentDir, 'places'));
  const people = names(join(contentDir, 'people'));
  return (component, id, first) => {
    if (component === 'Person') return people.get(id)?.name;
    const place = places.get(id);
    return place && (first && place.otherName ? `${place.name} (${place.otherName})` : place.name);
  };
}
