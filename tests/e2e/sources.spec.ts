/** The two axes of the sources (where the publisher is based, what it is): the balance panel on each explainer, and the groups of /sources/. */
import { test, expect, sitemapPaths } from './fixtures.ts';
import { BASED_IN_LABELS, KIND_LABELS, type BasedIn, type SourceKind } from '../../src/lib/vocabulary.ts';
import { isOtherState } from '../../src/lib/balance.ts';

interface SourceRecord {
  id: string;
  url: string;
  kind: SourceKind;
  basedIn: BasedIn;
}

let sources: SourceRecord[];
test.beforeAll(async ({ request }) => {
  sources = (await (await request.get('/data/sources.json')).json()).sources;
});

const tally = (keys: string[]) => {
  const counts: Record<string, number> = {};
  for (const k of keys) counts[k] = (counts[k] ?? 0) + 1;
  return counts;
};

const explainers = sitemapPaths().filter((p) => /^\/explainers\/[^/]+\/$/.test(p));

test('there are explainers with a balance panel', () => {
  expect(explainers.length).toBeGreaterThan(0);
});

for (const path of explainers) {
  test(`${path}: the panel counts the page's references by where the publisher is based and by kind`, async ({
    page,
  }) => {
    await page.goto(path);
    const byUrl = new Map(sources.map((s) => [s.url, s]));
    const hrefs = await page
      .locator('h2#references + ol > li > a:first-of-type')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const cited = hrefs.map((h) => byUrl.get(h));
    expect(
      cited.filter((c) => !c),
      'every reference is a known source',
    ).toEqual([]);
    const panel = page.getByRole('region', { name: 'Sources on this page' });
    await expect(panel.getByText(`${cited.length} distinct sources.`)).toBeVisible();

    const rows = async (caption: string) =>
      Object.fromEntries(
        await panel
          .getByRole('table', { name: caption })
          .getByRole('row')
          .evaluateAll((trs) =>
            trs.map((tr) => [tr.querySelector('th')!.textContent!.trim(), Number(tr.querySelector('td')!.textContent)]),
          ),
      );

    const kinds = tally(cited.map((c) => KIND_LABELS[c!.kind]));
    expect(await rows('Kind of publisher')).toEqual(kinds);

    const based = cited.map((c) => c!.basedIn);
    const main = tally(based.filter((b) => !isOtherState(b)).map((b) => BASED_IN_LABELS[b]));
    const others = tally(based.filter(isOtherState).map((b) => BASED_IN_LABELS[b]));
    const basedRows = await rows('Publisher based in');
    const otherRow = Object.keys(basedRows).find((k) => k.startsWith('Other states'));
    const shownOthers: Record<string, number> = {};
    if (otherRow) {
      for (const entry of otherRow.replace(/^Other states \((.*)\)$/, '$1').split(', '))
        shownOthers[entry.replace(/ \d+$/, '')] = Number(entry.match(/\d+$/)![0]);
      expect(basedRows[otherRow], 'the other states row sums its states').toBe(based.filter(isOtherState).length);
      delete basedRows[otherRow];
    }
    expect(basedRows).toEqual(main);
    expect(shownOthers).toEqual(others);
  });
}

test('/sources/ groups every source under where its publisher is based, then under its kind', async ({ page }) => {
  await page.goto('/sources/');
  const byId = new Map(sources.map((s) => [s.id, s]));
  const placed = await page.locator('section[data-based-in] [data-kind] li[id]').evaluateAll((lis) =>
    lis.map((li) => ({
      id: li.id,
      basedIn: li.closest('[data-based-in]')!.getAttribute('data-based-in'),
      kind: li.closest('[data-kind]')!.getAttribute('data-kind'),
      heading: li.closest('[data-based-in]')!.querySelector('h2')!.textContent,
    })),
  );
  expect(placed.map((p) => p.id).sort()).toEqual([...byId.keys()].sort());
  const wrong = placed.filter((p) => {
    const s = byId.get(p.id)!;
    return p.basedIn !== s.basedIn || p.kind !== s.kind || p.heading !== BASED_IN_LABELS[s.basedIn];
  });
  expect(wrong).toEqual([]);
  const armenia = page.getByRole('region', { name: 'Armenia', exact: true });
  await expect(
    armenia.getByRole('heading', { level: 3, name: /^State-owned or state-funded media \(\d+\)$/ }),
  ).toBeVisible();
  await expect(
    page
      .getByRole('navigation', { name: 'Where the publishers are based' })
      .getByRole('link', { name: /^Azerbaijan \(\d+\)$/ }),
  ).toHaveAttribute('href', '#based-azerbaijan');
});
