import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mulberry32, page, PAGE_WORDS, proseWords, vocabulary, zipf } from './text.ts';

const words = vocabulary(30_000, mulberry32(1));
const input = {
  pages: 100,
  words,
  sourceIds: ['src-a', 'src-b', 'src-c'],
  placeIds: ['baku', 'goris'],
  period: 'war-2020',
  lastReviewed: '2026-11-24',
};
const draw = zipf(words.length, 1, mulberry32(2));

test('the PRNG is deterministic and in [0, 1)', () => {
  const a = mulberry32(7);
  const b = mulberry32(7);
  const xs = Array.from({ length: 1000 }, a);
  assert.deepEqual(xs, Array.from({ length: 1000 }, b));
  assert.ok(xs.every((x) => x >= 0 && x < 1));
  assert.notDeepEqual(xs.slice(0, 5), Array.from({ length: 5 }, mulberry32(8)));
});

test('the vocabulary has distinct lower-case words, short ones first', () => {
  assert.equal(new Set(words).size, 30_000);
  assert.ok(words.every((w) => /^[a-z]{2,}$/.test(w)));
  const mean = (ws: string[]) => ws.reduce((n, w) => n + w.length, 0) / ws.length;
  assert.ok(mean(words.slice(0, 100)) + 3 < mean(words.slice(20_000)), 'frequent words are shorter');
});

test('draws follow Zipf: rank 1 about twice rank 2 and ten times rank 10', () => {
  const d = zipf(30_000, 1, mulberry32(3));
  const counts = new Map<number, number>();
  for (let i = 0; i < 200_000; i++) {
    const r = d();
    counts.set(r, (counts.get(r) ?? 0) + 1);
  }
  const c = (r: number) => counts.get(r) ?? 0;
  assert.ok(Math.abs(c(0) / c(1) - 2) < 0.3, `rank 1 / rank 2 = ${c(0) / c(1)}`);
  assert.ok(Math.abs(c(0) / c(9) - 10) < 2, `rank 1 / rank 10 = ${c(0) / c(9)}`);
  assert.ok(counts.size > 10_000, `${counts.size} distinct words in 200,000 draws`);
});

test('a page has 1,400-1,500 words with headings, lists, links, 3-5 citations and a place', () => {
  for (let n = 1; n <= 40; n++) {
    const mdx = page({ ...input, n }, draw);
    const total = proseWords(mdx);
    assert.ok(total >= PAGE_WORDS.min && total <= PAGE_WORDS.max, `page ${n}: ${total} words`);
    const body = mdx.split('\n---\n')[1]!;
    const citations = body.match(/\[@src-[abc]\]/g) ?? [];
    assert.ok(citations.length >= 3 && citations.length <= 5, `page ${n}: ${citations.length} citations`);
    assert.equal(body.match(/<Place id="(baku|goris)" \/>/g)?.length, 1);
    assert.ok((body.match(/^## [A-Z][a-z]+ [a-z]+ [a-z]+$/gm) ?? []).length >= 5);
    for (const [, target] of body.matchAll(/\]\(\/explainers\/page-(\d+)\/\)/g)) {
      const t = Number(target);
      assert.ok(t >= 1 && t <= 100 && t !== n, `page ${n} links to page ${t}`);
    }
  }
  const all = Array.from({ length: 40 }, (_, i) => page({ ...input, n: i + 1 }, draw)).join('\n');
  assert.match(all, /^- [A-Z][a-z ]+\.$/m, 'some pages have lists');
  assert.match(all, /\]\(\/explainers\/page-\d+\/\)/, 'some pages link to others');
});

test('the frontmatter fits the explainers schema', () => {
  const mdx = page({ ...input, n: 12 }, draw);
  const [, front] = mdx.split('---\n');
  assert.match(front!, /^title: "[A-Z][a-z ]+ 12"$/m);
  assert.match(front!, /^order: 12$/m);
  assert.match(front!, /^period: war-2020$/m);
  const description = front!.match(/^description: "(.*)"$/m)![1]!;
  assert.ok(description.length > 0 && description.length <= 160);
});
