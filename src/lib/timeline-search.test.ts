import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EVENT_WEIGHT, eventSearchRecord } from './timeline-search.ts';

const event = {
  id: '1994-05-12-ceasefire',
  date: '12 May 1994',
  title: 'Ceasefire <Bishkek> & after',
  summary: 'The guns fell silent.',
  places: ['Nagorno-Karabakh', 'Shusha'],
};

test('an event record opens the event on the timeline', () => {
  assert.equal(eventSearchRecord(event, 'en-GB', 'Places:').url, '/timeline/#1994-05-12-ceasefire');
});

test('an event record holds its date, title, summary and places, escaped, in the Timeline section', () => {
  const { html } = eventSearchRecord(event, 'en-GB', 'Places:');
  assert.match(html, /<html lang="en-GB">/);
  assert.ok(
    html.includes(
      `<div data-pagefind-body data-pagefind-filter="section:Timeline" data-pagefind-weight="${EVENT_WEIGHT}">`,
    ),
  );
  assert.match(
    html,
    /<p>12 May 1994<\/p><p data-pagefind-meta="title">Ceasefire &lt;Bishkek&gt; &amp; after<\/p><p>The guns fell silent\.<\/p><p>Places: Nagorno-Karabakh, Shusha<\/p>/,
  );
});

test('an event without places has no places line', () => {
  assert.doesNotMatch(eventSearchRecord({ ...event, places: [] }, 'en-GB', 'Places:').html, /Places:/);
});
