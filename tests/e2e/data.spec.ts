/** The open data files under /data/: valid against their own field lists, consistent with each other, and round-tripping. */
import { test, expect } from './fixtures.ts';
import type { Field } from '../../src/lib/open-data/fields.ts';
import type { DataRecord } from '../../src/lib/open-data/records.ts';
import { formatPartialDate } from '../../src/lib/dates.ts';
import { recordsFromCsv } from '../lib/open-data-csv.ts';
// The field lists are read from the content model, which imports Astro's virtual
// astro:content: the hooks resolve it outside Astro, before fields.ts is loaded.
import '../../scripts/lib/astro-content-hooks.ts';
const { DOCUMENT_FIELDS, EVENT_FIELDS, PLACE_FIELDS, SCHEMA_VERSION, SOURCE_FIELDS } =
  await import('../../src/lib/open-data/fields.ts');
const { validateRecord } = await import('../../src/lib/open-data/validate.ts');

/** Places beyond the region, where talks and summits were held among others: any other place outside the box has its coordinates swapped or wrong. */
const OUTSIDE_REGION = new Set([
  'moscow',
  'bishkek',
  'gaziantep',
  'budapest',
  'deauville',
  'dushanbe',
  'kazan',
  'key-west',
  'laquila',
  'lisbon',
  'madrid',
  'saint-petersburg',
  'vienna',
]);
const REGION = { lon: [43, 51], lat: [37.5, 42.5] };

interface JsonFile {
  schemaVersion: string;
  licence: { name: string; url: string };
  citation: string;
  fields: Field[];
  [records: string]: unknown;
}

test.describe.configure({ mode: 'serial' });

let files: Record<'events' | 'sources' | 'terms' | 'places' | 'documents', JsonFile>;
let csv: string;

test.beforeAll(async ({ request }) => {
  const get = async (file: string) => {
    const res = await request.get(`/data/${file}`);
    expect(res.status(), file).toBe(200);
    return res;
  };
  files = {
    events: await (await get('events.json')).json(),
    sources: await (await get('sources.json')).json(),
    terms: await (await get('terms.json')).json(),
    places: await (await get('places.geojson')).json(),
    documents: await (await get('documents.json')).json(),
  };
  csv = await (await get('events.csv')).text();
});

const records = (key: keyof typeof files) =>
  key === 'places'
    ? (files.places.features as { properties: DataRecord }[]).map((f) => f.properties)
    : (files[key][key] as DataRecord[]);

test('every file states its schema version, its licence and its fields', () => {
  for (const [key, file] of Object.entries(files)) {
    expect(file.schemaVersion, key).toBe(SCHEMA_VERSION);
    expect(file.schemaVersion, key).toMatch(/^\d+\.\d+\.\d+$/);
    expect(file.licence.name, key).toBe('CC BY 4.0');
    expect(file.citation, key).toContain('/data/');
    expect(file.fields.length, key).toBeGreaterThan(0);
  }
  expect(files.events.fields).toEqual(JSON.parse(JSON.stringify(EVENT_FIELDS)));
  expect(files.places.fields).toEqual(JSON.parse(JSON.stringify(PLACE_FIELDS)));
  expect(files.documents.fields).toEqual(JSON.parse(JSON.stringify(DOCUMENT_FIELDS)));
});

test('sources.json carries both axes of the balance panel, basedIn and kind, and no longer origin', () => {
  expect(files.sources.fields).toEqual(JSON.parse(JSON.stringify(SOURCE_FIELDS)));
  const names = files.sources.fields.map((f) => f.name);
  expect(names).toEqual(expect.arrayContaining(['type', 'kind', 'basedIn', 'readAt']));
  expect(names).not.toContain('origin');
  expect(
    Number(files.sources.schemaVersion.split('.')[0]),
    'origin was removed: a major version',
  ).toBeGreaterThanOrEqual(2);
  const armenpress = records('sources').filter((r) => r.publisher === 'Armenpress');
  expect(armenpress.length).toBeGreaterThan(0);
  for (const r of armenpress) expect([r.basedIn, r.kind], r.id as string).toEqual(['armenia', 'state-media']);
});

test('every record validates against the field list its file publishes', () => {
  const problems: string[] = [];
  for (const key of ['events', 'sources', 'terms', 'places', 'documents'] as const) {
    const list = records(key);
    expect(list.length, key).toBeGreaterThan(0);
    for (const r of list) for (const p of validateRecord(r, files[key].fields)) problems.push(`${key} ${r.id}: ${p}`);
    const ids = list.map((r) => r.id);
    expect(new Set(ids).size, `${key}: ids are unique`).toBe(ids.length);
  }
  expect(problems).toEqual([]);
});

test('every event has a source and a date that parses, and names only known sources and places', () => {
  const sources = new Set(records('sources').map((s) => s.id));
  const places = new Set(records('places').map((p) => p.id));
  const problems: string[] = [];
  for (const e of records('events')) {
    const cited = e.sources as string[];
    if (cited.length === 0) problems.push(`${e.id}: no source`);
    for (const s of cited) if (!sources.has(s)) problems.push(`${e.id}: unknown source ${s}`);
    for (const p of e.places as string[]) if (!places.has(p)) problems.push(`${e.id}: unknown place ${p}`);
    try {
      formatPartialDate(e.date as string);
    } catch {
      problems.push(`${e.id}: date ${e.date} does not parse`);
    }
  }
  expect(problems).toEqual([]);
});

test('every document cites only known sources, and each clause address is an anchor on its page', async ({
  request,
}) => {
  const sources = new Set(records('sources').map((s) => s.id));
  const problems: string[] = [];
  for (const d of records('documents')) {
    const clauses = d.clauses as DataRecord[];
    const cited = [
      d.contextSources,
      d.textSources,
      ...clauses.flatMap((c) => [
        c.textSources,
        c.statusSources,
        ...(c.accounts as DataRecord[]).map((a) => a.sources),
      ]),
    ] as string[][];
    for (const s of cited.flat()) if (!sources.has(s)) problems.push(`${d.id}: unknown source ${s}`);
    const html = await (await request.get(new URL(d.url as string).pathname)).text();
    for (const c of clauses)
      if (!html.includes(`id="${c.anchor}"`)) problems.push(`${d.id}: no anchor #${c.anchor} on its page`);
  }
  expect(problems).toEqual([]);
});

test('the CSV round-trips to the same events as the JSON', () => {
  expect(csv.endsWith('\r\n')).toBe(true);
  expect(recordsFromCsv(csv, files.events.fields)).toEqual(records('events'));
});

test('the GeoJSON is a FeatureCollection of Points inside the region, or of null geometries', () => {
  const geo = files.places as unknown as {
    type: string;
    features: {
      type: string;
      id: string;
      geometry: { type: string; coordinates: number[] } | null;
      properties: DataRecord;
    }[];
  };
  expect(geo.type).toBe('FeatureCollection');
  const problems: string[] = [];
  for (const f of geo.features) {
    if (f.type !== 'Feature') problems.push(`${f.id}: type ${f.type}`);
    if (f.id !== f.properties.id) problems.push(`${f.id}: feature id and properties.id differ`);
    if (!(f.properties.names as string[]).includes(f.properties.name as string))
      problems.push(`${f.id}: names leave out the name`);
    if (f.geometry === null) continue;
    const [lon, lat, ...rest] = f.geometry.coordinates;
    if (f.geometry.type !== 'Point' || rest.length > 0 || !Number.isFinite(lon) || !Number.isFinite(lat)) {
      problems.push(`${f.id}: not a Point [lon, lat]: ${JSON.stringify(f.geometry)}`);
    } else if (
      !OUTSIDE_REGION.has(f.id) &&
      (lon! < REGION.lon[0]! || lon! > REGION.lon[1]! || lat! < REGION.lat[0]! || lat! > REGION.lat[1]!)
    ) {
      problems.push(
        `${f.id}: [${lon}, ${lat}] is outside the region (lon ${REGION.lon.join('-')}, lat ${REGION.lat.join('-')}); swapped?`,
      );
    }
  }
  expect(problems).toEqual([]);
});

test('the /data/ page lists the fields each file publishes', async ({ page }) => {
  await page.goto('/data/');
  for (const [key, file] of [
    ['events', 'events.json'],
    ['sources', 'sources.json'],
    ['terms', 'terms.json'],
    ['places', 'places.geojson'],
    ['documents', 'documents.json'],
  ] as const) {
    const section = page.getByRole('region', { name: new RegExp(`^${file.replace('.', '\\.')}`) });
    const names = await section.locator(':scope > dl.fields > div > dt').allInnerTexts();
    expect(names, file).toEqual(files[key].fields.map((f) => f.name));
    await expect(section.getByRole('link', { name: `Download ${file}` })).toHaveAttribute('href', `/data/${file}`);
  }
});
