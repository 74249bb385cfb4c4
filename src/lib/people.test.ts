import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fold, heldOn, peopleNamed } from './people.ts';

const people = [
  { id: 'heydar-aliyev', name: 'Heydar Aliyev', roles: [{ from: '1993-06-15', to: '2003-10-31' }] },
  { id: 'ilham-aliyev', name: 'Ilham Aliyev', roles: [{ from: '2003-10-31' }] },
  { id: 'recep-tayyip-erdogan', name: 'Recep Tayyip Erdoğan', roles: [{ from: '2014' }] },
  { id: 'sergey-lavrov', name: 'Sergey Lavrov', roles: [{ from: '2004' }] },
];

test('fold drops case and diacritics', () => {
  assert.equal(fold('Erdoğan Şuşa'), 'erdogan susa');
});

test('heldOn compares dates at the precision of the event', () => {
  assert.equal(heldOn({ from: '2003-10-31' }, '2020-10'), true);
  assert.equal(heldOn({ from: '1993-06-15', to: '2003-10-31' }, '1993'), true);
  assert.equal(heldOn({ from: '1993-06-15', to: '2003-10-31' }, '2020-10-10'), false);
});

test('a full name always counts; a family name alone, without diacritics, too', () => {
  assert.deepEqual(peopleNamed('Turkish President Erdogan called', '2020-10-02', people), ['recep-tayyip-erdogan']);
  assert.deepEqual(peopleNamed('Heydar Aliyev returned to Baku', '2020-06-15', people), ['heydar-aliyev']);
});

test('a shared family name goes to the person in office on the day', () => {
  assert.deepEqual(peopleNamed('President Aliyev said', '2020-10-09', people), ['ilham-aliyev']);
  assert.deepEqual(peopleNamed('President Aliyev said', '1994-05', people), ['heydar-aliyev']);
});

test('a name inside another word does not count', () => {
  assert.deepEqual(peopleNamed('Lavrovsky street', '2020', people), []);
});
