/**
 * The plain reference of the benchmark, built: bench/plain/ copied into a
 * temporary folder (with a link to the repository's node_modules), the
 * pages reduced by plain.ts written into its src/content/explainers/, built
 * by Astro, and removed however the benchmark ends (processes.ts).
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { compareEvents } from '../../src/lib/timeline.ts';
import { astroBuild, type BuildCost } from './astro-build.ts';
import { plainMdx, type PlainEvent, type PlainLookup, type PlainSource } from './plain.ts';
import { tempFolder } from './processes.ts';
import { serve, type Served } from './server.ts';

/** Every entry of a content collection folder, by id (the file name). */
function entries<T>(dir: string): [string, T][] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => [f.slice(0, -'.yaml'.length), parse(readFileSync(join(dir, f), 'utf8')) as T]);
}

/** The places, people, sources and events that plain.ts needs, from a content folder. */
export function loadLookup(content: string): PlainLookup {
  const events = entries<PlainEvent & { time?: string }>(join(content, 'events'))
    .map(([id, e]) => ({ ...e, id }))
    .sort(compareEvents);
  return {
    places: new Map(entries<{ name: string; otherName?: string }>(join(content, 'places'))),
    people: new Map(entries<{ name: string }>(join(content, 'people')).map(([id, p]) => [id, p.name])),
    sources: new Map(entries<PlainSource>(join(content, 'sources'))),
    events,
  };
}

export interface PlainBuild extends BuildCost {
  dist: string;
}

/** Builds the plain reference from explainers in MDX, each [slug, mdx], in a temporary folder named by `name`. */
export async function buildPlain(
  root: string,
  pages: Iterable<[string, string]>,
  lookup: PlainLookup,
  name: string,
): Promise<PlainBuild> {
  const project = tempFolder(`plain-${name}`);
  cpSync(join(root, 'bench/plain'), project, { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'));
  const explainers = join(project, 'src/content/explainers');
  mkdirSync(explainers, { recursive: true });
  for (const [slug, mdx] of pages) writeFileSync(join(explainers, `${slug}.mdx`), plainMdx(mdx, lookup));
  const dist = join(project, 'dist');
  const cost = await astroBuild(
    root,
    ['--root', project, '--outDir', dist],
    { cwd: project, env: process.env },
    `the plain reference (${name})`,
  );
  return { ...cost, dist };
}

export interface PlainServed extends Served {
  /** The explainers' paths, in the same order as the site's. */
  paths: string[];
}

/** The site's four explainers as the plain reference, built and served. */
export async function plainReference(root: string): Promise<PlainServed> {
  const dir = join(root, 'content/explainers');
  const slugs = readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.slice(0, -'.mdx'.length))
    .sort();
  const pages = slugs.map((s): [string, string] => [s, readFileSync(join(dir, `${s}.mdx`), 'utf8')]);
  const { dist } = await buildPlain(root, pages, loadLookup(join(root, 'content')), 'explainers');
  console.log('plain: the reference is built');
  return { ...(await serve(root, dist)), paths: slugs.map((s) => `/explainers/${s}/`) };
}
