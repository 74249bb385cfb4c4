import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apa, bibtex, bibtexKey, chicago, mla, type Citable } from './cite-formats.ts';

const accessed = new Date('2026-11-24T00:00:00Z');
const person: Citable = {
  title: 'Armenia, Azerbaijan agree ceasefire',
  author: 'Thomas de Waal',
  publisher: 'Carnegie Europe',
  published: new Date('2020-10-10T00:00:00Z'),
  accessed,
  url: 'https://example.org/a',
};
const noAuthorNoDate: Citable = {
  title: 'Nagorno-Karabakh profile',
  publisher: 'BBC News',
  accessed,
  url: 'https://example.org/b',
};
const organisation: Citable = {
  title: 'Resolution 822 (1993)',
  author: 'United Nations Security Council',
  authorIsOrganisation: true,
  publisher: 'United Nations',
  published: new Date('1993-04-30T00:00:00Z'),
  accessed,
  url: 'https://example.org/c',
};
const nonLatin: Citable = {
  title: 'Заявление МИД России',
  publisher: 'МИД России',
  published: new Date('2020-10-10T00:00:00Z'),
  accessed,
  url: 'https://example.org/d',
};

test('APA: person, organisation, no author and no date', () => {
  assert.equal(
    apa(person),
    'de Waal, T. (2020, October 10). Armenia, Azerbaijan agree ceasefire. Carnegie Europe. https://example.org/a',
  );
  assert.equal(
    apa(organisation),
    'United Nations Security Council. (1993, April 30). Resolution 822 (1993). United Nations. https://example.org/c',
  );
  assert.equal(
    apa(noAuthorNoDate),
    'Nagorno-Karabakh profile. (n.d.). BBC News. Retrieved November 24, 2026, from https://example.org/b',
  );
});

test('MLA: author inverted, organisation as is, access date always', () => {
  assert.equal(
    mla(person),
    'de Waal, Thomas. “Armenia, Azerbaijan agree ceasefire.” Carnegie Europe, 10 Oct. 2020, example.org/a. Accessed 24 Nov. 2026.',
  );
  assert.equal(mla(noAuthorNoDate), '“Nagorno-Karabakh profile.” BBC News, example.org/b. Accessed 24 Nov. 2026.');
  assert.match(mla(organisation), /^United Nations Security Council\. “Resolution 822 \(1993\)\.”/);
});

test('Chicago: the access date stands in for a missing publication date', () => {
  assert.equal(
    chicago(person),
    'de Waal, Thomas. “Armenia, Azerbaijan agree ceasefire.” Carnegie Europe. October 10, 2020. https://example.org/a.',
  );
  assert.equal(
    chicago(noAuthorNoDate),
    '“Nagorno-Karabakh profile.” BBC News. Accessed November 24, 2026. https://example.org/b.',
  );
});

test('non-Latin titles pass through every style unchanged', () => {
  for (const f of [apa, mla, chicago, bibtex]) assert.match(f(nonLatin), /Заявление МИД России/);
});

test('BibTeX keys are ASCII even for non-Latin input', () => {
  assert.equal(bibtexKey(person), 'dewaal2020armenia');
  assert.equal(bibtexKey(noAuthorNoDate), 'bbcnewsndnagornokarabakh');
  assert.match(bibtexKey(nonLatin), /^[a-z0-9]+$/);
});

test('BibTeX keeps an organisation as one name and escapes special characters', () => {
  const out = bibtex({ ...organisation, title: 'Costs & benefits_50%' });
  assert.match(out, /^@online\{unitednationssecurit1993costs,/);
  assert.match(out, /author = \{\{United Nations Security Council\}\}/);
  assert.match(out, /title = \{Costs \\& benefits\\_50\\%\}/);
  assert.match(out, /urldate = \{2026-11-24\}/);
});
