import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BASED_IN,
  BASED_IN_LABELS,
  CLAUSE_LABELS,
  CLAUSE_STATUS_LABELS,
  CLAUSE_STATUSES,
  DOCUMENT_KIND_LABELS,
  DOCUMENT_KINDS,
  KIND_LABELS,
  OTHER_STATE_LABELS,
  PARTIES,
  PARTY_LABELS,
  PERIOD_IDS,
  PERIODS,
  PLACE_KINDS,
  SIDE_LABELS,
  SIDES,
  SOURCE_KINDS,
  SOURCE_TYPES,
  TYPE_LABELS,
  periodLabel,
} from './vocabulary.ts';

const ID = /^[a-z]+(?:-[a-z]+)*$/;

test('the periods run in order, their ids are the list the schemas accept, and each has its label', () => {
  assert.deepEqual(PERIOD_IDS, ['roots', 'first-war', 'frozen-conflict', 'war-2020', 'aftermath']);
  assert.equal(periodLabel('war-2020'), 'The 2020 war, 27 September – 10 November 2020');
  for (const p of PERIODS) assert.equal(periodLabel(p.id), p.label);
});

test('every value of every vocabulary is a distinct lower-case id, and every labelled one has exactly its label', () => {
  const labelled: [readonly string[], Record<string, string>][] = [
    [SOURCE_TYPES, TYPE_LABELS],
    [SOURCE_KINDS, KIND_LABELS],
    [SIDES, SIDE_LABELS],
    [PARTIES, PARTY_LABELS],
    [DOCUMENT_KINDS, DOCUMENT_KIND_LABELS],
    [CLAUSE_STATUSES, CLAUSE_STATUS_LABELS],
    [BASED_IN, BASED_IN_LABELS],
  ];
  for (const [values, labels] of labelled) {
    assert.deepEqual(Object.keys(labels).sort(), [...values].sort());
    for (const label of Object.values(labels)) assert.match(label, /^[A-Z]/);
  }
  for (const values of [...labelled.map(([v]) => v), PLACE_KINDS, CLAUSE_LABELS]) {
    assert.equal(new Set(values).size, values.length);
    for (const v of values) assert.match(v, ID);
  }
});

test('basedIn: the parties and intergovernmental bodies first, then every other state, none twice', () => {
  assert.deepEqual(BASED_IN.slice(0, 6), [
    'armenia',
    'azerbaijan',
    'nagorno-karabakh',
    'russia',
    'turkey',
    'international',
  ]);
  assert.deepEqual(BASED_IN.slice(6), Object.keys(OTHER_STATE_LABELS));
  for (const party of ['armenia', 'azerbaijan', 'russia', 'turkey', 'international'])
    assert.ok(!(party in OTHER_STATE_LABELS), party);
  // An id is the English name in lower case with hyphens: "United Arab Emirates" → united-arab-emirates.
  for (const [id, label] of Object.entries(OTHER_STATE_LABELS))
    assert.equal(label.toLowerCase().replaceAll(' ', '-'), id);
});
