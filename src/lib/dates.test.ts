import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  formatDate,
  formatPartialDate,
  formatSpan,
  isAfterDay,
  isPartialDate,
  isTimeOfDay,
  isoDate,
  precisionOf,
} from './dates.ts';

test('isPartialDate accepts a year, a month and a real day', () => {
  for (const ok of ['1994', '1994-05', '1994-05-12', '2020-02-29']) assert.equal(isPartialDate(ok), true, ok);
});

test('isPartialDate rejects impossible and malformed dates', () => {
  for (const bad of ['1994-13', '1994-00', '2021-02-29', '1994-05-32', '94', '1994/05/12', '12 May 1994', '']) {
    assert.equal(isPartialDate(bad), false, bad);
  }
});

test('precisionOf reads the precision from the form', () => {
  assert.equal(precisionOf('1994'), 'year');
  assert.equal(precisionOf('1994-05'), 'month');
  assert.equal(precisionOf('1994-05-12'), 'day');
});

test('formatPartialDate writes dates the British way, at their precision', () => {
  assert.equal(formatPartialDate('1923'), '1923');
  assert.equal(formatPartialDate('2020-10'), 'October 2020');
  assert.equal(formatPartialDate('2020-10-09'), '9 October 2020');
  assert.throws(() => formatPartialDate('2020-10-32'), /not a date/);
});

test('formatDate and isoDate read a YAML date at UTC midnight', () => {
  const d = new Date('2020-10-09T00:00:00Z');
  assert.equal(formatDate(d), '9 October 2020');
  assert.equal(isoDate(d), '2020-10-09');
});

test('isTimeOfDay accepts 24-hour "HH:MM" times and nothing else', () => {
  for (const ok of ['00:00', '03:00', '16:30', '23:59']) assert.equal(isTimeOfDay(ok), true, ok);
  for (const bad of ['24:00', '12:60', '3:00', '03:00:00', 'noon', '']) assert.equal(isTimeOfDay(bad), false, bad);
});

test('isAfterDay compares a date at its own precision', () => {
  assert.equal(isAfterDay('2026-12-07', '2026-12-06'), true);
  assert.equal(isAfterDay('2027', '2026-12-06'), true);
  assert.equal(isAfterDay('2026-12', '2026-12-06'), false);
  assert.equal(isAfterDay('2026-12-06', '2026-12-06'), false);
  assert.equal(isAfterDay('1994-05', '2026-12-06'), false);
});

test('formatSpan gives a bracketed span, open at either end, or nothing', () => {
  assert.equal(formatSpan('1929', '1961'), ' (1929 – 1961)');
  assert.equal(formatSpan('2018-05-08'), ' (8 May 2018 – )');
  assert.equal(formatSpan(undefined, '1961'), ' (? – 1961)');
  assert.equal(formatSpan(), '');
});
