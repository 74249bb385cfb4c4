import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allNames, firstMention } from './places.ts';

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
