import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  compareEvents,
  countPlaces,
  eventCount,
  filterFromSearch,
  groupByPeriod,
  inSlice,
  matchesFilter,
  searchWithFilter,
  showing,
} from './timeline.ts';

test('inSlice selects by period, by date range, or both', () => {
  const e = { date: '2020-10-09', period: 'war-2020' };
  assert.ok(inSlice(e, {}));
  assert.ok(inSlice(e, { period: 'war-2020' }));
  assert.ok(!inSlice(e, { period: 'aftermath' }));
  assert.ok(inSlice(e, { from: '2020-09-27', to: '2020-10-10' }));
  assert.ok(inSlice(e, { from: '2020-10-09', to: '2020-10-09' }));
  assert.ok(!inSlice(e, { from: '2020-10-10' }));
  assert.ok(!inSlice(e, { to: '2020-10-08' }));
  assert.ok(!inSlice(e, { period: 'aftermath', from: '2020-09-27' }));
});

test('inSlice compares partial dates by their string form', () => {
  const month = { date: '2020-10', period: 'war-2020' };
  assert.ok(inSlice(month, { from: '2020-09-27', to: '2020-10-10' }));
  assert.ok(!inSlice(month, { from: '2020-10-01' }));
  assert.ok(inSlice({ date: '1994', period: 'first-war' }, { from: '1994', to: '1994-12-31' }));
});

test('groupByPeriod keeps the periods in order and leaves out empty ones', () => {
  const groups = groupByPeriod([{ p: 'aftermath' }, { p: 'roots' }, { p: 'aftermath' }], (e) => e.p);
  assert.deepEqual(
    groups.map((g) => [g.id, g.events.length]),
    [
      ['roots', 1],
      ['aftermath', 2],
    ],
  );
});

test('countPlaces counts the events naming each place', () => {
  assert.deepEqual(
    [...countPlaces([{ places: ['a', 'b'] }, { places: ['b'] }, { places: [] }])],
    [
      ['a', 1],
      ['b', 2],
    ],
  );
});

test('filters read from and written to the query string, keeping other parameters', () => {
  assert.deepEqual(filterFromSearch('?period=war-2020&highlight=x'), { period: 'war-2020', place: undefined });
  assert.deepEqual(filterFromSearch('?period=&place=shusha'), { period: undefined, place: 'shusha' });
  assert.equal(searchWithFilter('?highlight=x&place=shusha', { period: 'roots' }), '?highlight=x&period=roots');
  assert.equal(searchWithFilter('?period=roots', {}), '');
});

test('matchesFilter needs the period and the place to match when set', () => {
  const e = { period: 'war-2020', places: ['shusha', 'moscow'] };
  assert.ok(matchesFilter(e, {}));
  assert.ok(matchesFilter(e, { period: 'war-2020', place: 'moscow' }));
  assert.ok(!matchesFilter(e, { place: 'baku' }));
  assert.ok(!matchesFilter(e, { period: 'roots', place: 'shusha' }));
});

test('counts read as English', () => {
  assert.equal(eventCount(1), '1 event');
  assert.equal(showing(152, 152), 'Showing all 152 events.');
  assert.equal(showing(1, 152), 'Showing 1 of 152 events.');
});

test('compareEvents orders by date, then time of day (untimed first), then id', () => {
  const e = (id: string, date: string, time?: string) => ({ id, date, ...(time ? { time } : {}) });
  const sorted = [
    e('b', '2020-10-10', '12:00'),
    e('z', '2020-10-10'),
    e('a', '2020-10-10', '03:00'),
    e('y', '2020-10-09'),
    e('m', '2020-10'),
  ]
    .sort(compareEvents)
    .map((x) => x.id);
  assert.deepEqual(sorted, ['m', 'y', 'z', 'a', 'b']);
});
