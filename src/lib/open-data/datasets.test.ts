import { test } from 'node:test';
import assert from 'node:assert/strict';
import { citation, DATASETS, fileHeader } from './datasets.ts';
import { EVENT_FIELDS, SCHEMA_VERSION } from './fields.ts';

const site = new URL('https://example.org');

test('every dataset has distinct field names, starting with id, and a citation with its address', () => {
  for (const d of Object.values(DATASETS)) {
    const names = d.fields.map((f) => f.name);
    assert.equal(new Set(names).size, names.length, d.file);
    assert.equal(names[0], 'id');
    assert.match(citation(d, site), new RegExp(`https://example.org/data/${d.file.replace('.', '\\.')}`));
  }
});

test('fileHeader gives the schema version, the licence, the citation and the field list', () => {
  const header = fileHeader(DATASETS.events, site);
  assert.equal(header.schemaVersion, SCHEMA_VERSION);
  assert.equal(header.licence.name, 'CC BY 4.0');
  assert.equal(header.citation, citation(DATASETS.events, site));
  assert.match(
    header.citation,
    /Timeline events \(events\.json\), schema version \d+\.\d+\.\d+\. https:\/\/example\.org\/data\/events\.json\. Licensed under CC BY 4\.0\.$/,
  );
  assert.equal(header.fields, EVENT_FIELDS);
});
