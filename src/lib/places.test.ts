import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allNames, firstMention, titleFromNames } from './places.ts';

const shusha = {
  name: 'Shusha',
  otherName: 'Shushi',
  armenian: { latin: 'Shushi', native: 'Շուշի' },
  azerbaijani: { latin: 'Shusha', native: 'Şuşa' },
  russian: 'Шуша',
  former: [],
};

test('allNames lists every distinct name, the conventional one first', () => {
  assert.deepEqual(allNames(shusha), ['Shusha', 'Shushi', 'Շուշի', 'Şuşa', 'Шуша']);
});

test('firstMention gives both names of a contested place, one name otherwise', () => {
  assert.equal(firstMention(shusha), 'Shusha (Shushi)');
  assert.equal(firstMention({ name: 'Moscow' }), 'Moscow');
});

test('titleFromNames keeps the names that fit, the first always', () => {
  assert.equal(titleFromNames(['Shusha', 'Shushi', 'Şuşa'], 70), 'Shusha · Shushi · Şuşa');
  assert.equal(titleFromNames(['Stepanakert', 'Khankendi', 'Ստեփանակերտ'], 24), 'Stepanakert · Khankendi');
  assert.equal(titleFromNames(['A very long first name'], 5), 'A very long first name');
});
