import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeText, plainMdx, type PlainLookup } from './plain.ts';

const lookup: PlainLookup = {
  places: new Map([
    ['stepanakert', { name: 'Stepanakert', otherName: 'Khankendi' }],
    ['baku', { name: 'Baku' }],
  ]),
  people: new Map([['thomas-de-waal', 'Thomas de Waal']]),
  sources: new Map([
    [
      'bbc-qa',
      { title: 'Q&A: [Nagorno-Karabakh]', publisher: 'BBC', url: 'https://bbc.example/a_(b)', published: '1998-03-31' },
    ],
    ['tass', { title: 'Sumgait toll', publisher: 'TASS', author: 'A. Writer', url: 'https://tass.example/' }],
  ]),
  events: [
    {
      date: '1994-05-05',
      period: 'first-war',
      title: 'Bishkek Protocol',
      summary: 'Signed\n  in Bishkek.',
      sources: ['tass'],
    },
    { date: '1994-05-12', period: 'first-war', title: 'Ceasefire', summary: 'Took effect.', sources: [] },
    { date: '1994-06-01', period: 'first-war', title: 'Later', summary: 'Outside the slice.', sources: [] },
  ],
};

const page = (body: string) =>
  `---\ntitle: "A page"\ndescription: "What it says."\norder: 1\nperiod: first-war\n---\n\n${body}\n`;
const bodyOf = (mdx: string) => mdx.split('\n---\n')[1]!;

test('keeps only the title and description of the frontmatter', () => {
  assert.match(plainMdx(page('Text.'), lookup), /^---\ntitle: "A page"\ndescription: "What it says."\n---\n/);
});

test('names become text: both names of a place at its first mention only, people, terms and clauses', () => {
  const out = bodyOf(
    plainMdx(
      page(
        'In <Place id="stepanakert" /> and <Place id="baku" />, then <Place id="stepanakert" />, <Person id="thomas-de-waal" /> saw the <Term id="nkao">oblast</Term> and <Clause doc="x" point="6">point 6</Clause>.',
      ),
      lookup,
    ),
  );
  assert.match(
    out,
    /In Stepanakert \(Khankendi\) and Baku, then Stepanakert, Thomas de Waal saw the oblast and point 6\./,
  );
});

test('citations become footnotes numbered in reading order, one per source and locator, with the reference', () => {
  const out = bodyOf(plainMdx(page('One.[@bbc-qa; @tass] Two.[@bbc-qa] Three.[@bbc-qa, p. 4]'), lookup));
  assert.match(out, /One\.\[\^1\]\[\^2\] Two\.\[\^1\] Three\.\[\^3\]/);
  assert.match(
    out,
    /\[\^1\]: \[Q&A: \\\[Nagorno-Karabakh\\\]\]\(https:\/\/bbc\.example\/a_%28b%29\)\. BBC, 31 March 1998\./,
  );
  assert.match(out, /\[\^2\]: A\. Writer\. \[Sumgait toll\]\(https:\/\/tass\.example\/\)\. TASS\./);
  assert.match(out, /\[\^3\]: \[Q&A.*1998\. p\. 4\./);
});

test('a note becomes a footnote whose citations are numbered after those of the text', () => {
  const out = bodyOf(plainMdx(page('Text.[@bbc-qa] <Note>An aside.[@tass]</Note> More.'), lookup));
  assert.match(out, /Text\.\[\^1\] \[\^note-1\] More\./);
  assert.match(out, /\[\^note-1\]: An aside\.\[\^2\]/);
  assert.match(out, /\[\^2\]: A\. Writer/);
});

test('structural components keep their text; maps and charts are dropped', () => {
  const out = bodyOf(
    plainMdx(
      page(
        [
          '<InShort>\n\n- A point.\n\n</InShort>',
          '<Map id="locator" />',
          "import DeathsChart from '../../src/components/mdx/DeathsChart.astro';",
          '<DeathsChart />',
          '<Positions question="Was it a blockade?">\n<Position party="azerbaijan" who="Officials" date="2023-01-10">\n\nNo.\n\n</Position>\n</Positions>',
          '<ThenNow topic="Deaths">\n<Then date="2020-10-09">\n\nFew.\n\n</Then>\n<Now date="2022-09">\n\nMany.\n\n</Now>\n</ThenNow>',
          '<Timeline from="1994-05-05" to="1994-05-12" />',
        ].join('\n\n'),
      ),
      lookup,
    ),
  );
  assert.match(out, /^\n## In short\n\n- A point\.\n/);
  assert.doesNotMatch(out, /Map|Chart|locator|import/);
  assert.match(out, /\*\*Was it a blockade\?\*\*\n\*\*Azerbaijan: Officials, 10 January 2023\*\*\n\nNo\./);
  assert.match(out, /\*\*Then and now: Deaths\*\*\n\*Reported at the time, 9 October 2020:\*\n\nFew\./);
  assert.match(out, /\*Established later, September 2022:\*\n\nMany\./);
  assert.match(
    out,
    /### Timeline: 5 May 1994 to 12 May 1994\n\n- \*\*5 May 1994: Bishkek Protocol\.\*\* Signed in Bishkek\.\[\^1\]\n- \*\*12 May 1994: Ceasefire\.\*\* Took effect\.\n/,
  );
  assert.doesNotMatch(out, /Outside the slice/);
});

test('fails on a component it does not reduce, and on an unknown entry', () => {
  assert.throws(() => plainMdx(page('<KeyFacts>\n\nx\n\n</KeyFacts>'), lookup), /no reduction for <KeyFacts>/);
  assert.throws(() => plainMdx(page('<Place id="nowhere" />'), lookup), /no place "nowhere"/);
  assert.throws(() => plainMdx(page('x[@nobody]'), lookup), /no source "nobody"/);
});

test('escapes Markdown and MDX punctuation in text from the data', () => {
  assert.equal(escapeText('a_b *c* [d] {e} <f>'), 'a\\_b \\*c\\* \\[d\\] \\{e\\} \\<f\\>');
});
