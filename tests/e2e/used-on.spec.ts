/**
 * The links that say where an entry is used keep their promise: every "Cited in" link of a source
 * leads to a page that cites it, every "Used on" link of a glossary term to a page that links the
 * term, and every "where the explainers mention it" link of a place or person to a section that
 * names it. Each target page is fetched once and read as a document in the browser.
 */
import { test, expect } from './fixtures.ts';
import type { Page } from '@playwright/test';

interface Claim {
  /** The entry, as the claim names it: "source bbc-…", "place shusha". */
  entry: string;
  /** The link that makes the claim. */
  href: string;
  /** What the target must hold: links to any of these addresses. */
  wants: string[];
  /** Whether the link must land on a section (its hash) and the section must hold the mention. */
  inSection: boolean;
}

/** The claims the page makes that `wants` fails to find, each as "entry → href: why". */
async function broken(page: Page, claims: Claim[]): Promise<string[]> {
  return page.evaluate(async (claims) => {
    const docs = new Map<string, Promise<Document>>();
    const load = (path: string) => {
      if (!docs.has(path))
        docs.set(
          path,
          fetch(path).then(async (r) => new DOMParser().parseFromString(await r.text(), 'text/html')),
        );
      return docs.get(path)!;
    };
    const holds = (nodes: Element[], wants: string[]) =>
      nodes.some((n) =>
        [n, ...n.querySelectorAll('a[href]')].some(
          (a) => a.matches('a[href]') && wants.includes(a.getAttribute('href')!),
        ),
      );
    /** A heading's section: the heading and what follows it up to the next heading of its level or higher. */
    const section = (heading: Element) => {
      const level = Number(heading.tagName[1]);
      const nodes: Element[] = [heading];
      for (
        let n = heading.nextElementSibling;
        n && !(/^H[1-6]$/.test(n.tagName) && Number(n.tagName[1]) <= level);
        n = n.nextElementSibling
      )
        nodes.push(n);
      return nodes;
    };
    /** The notes a section's markers point at: a mention in a note belongs to the section of its marker. */
    const notesOf = (doc: Document, nodes: Element[]) =>
      nodes
        .flatMap((n) => [...n.querySelectorAll('a.note-mark[href^="#"]')])
        .map((a) => doc.getElementById(a.getAttribute('href')!.slice(1)))
        .filter((n): n is HTMLElement => n !== null);
    const problems: string[] = [];
    for (const c of claims) {
      const url = new URL(c.href, location.origin);
      const doc = await load(url.pathname);
      const article = doc.querySelector('article') ?? doc.querySelector('main')!;
      let nodes: Element[];
      if (!c.inSection) nodes = [doc.querySelector('main')!];
      else if (url.hash) {
        const heading = doc.getElementById(decodeURIComponent(url.hash.slice(1)));
        if (!heading) {
          problems.push(`${c.entry} → ${c.href}: no element ${url.hash}`);
          continue;
        }
        nodes = section(heading);
      } else {
        // The opening: what comes before the first section heading.
        nodes = [];
        for (const n of article.children) {
          if (n.tagName === 'H2') break;
          nodes.push(n);
        }
      }
      if (!holds([...nodes, ...notesOf(doc, nodes)], c.wants))
        problems.push(`${c.entry} → ${c.href}: no link to ${c.wants.join(' or ')} there`);
      // A page with References cites a source only if a citation in its text leads to the source's reference.
      const reference = [...doc.querySelectorAll('.references li[id]')].find((li) => holds([li], c.wants));
      if (reference && !article.querySelector(`a[href="#${reference.id}"]`))
        problems.push(`${c.entry} → ${c.href}: listed in References, but no citation leads to #${reference.id}`);
    }
    return problems;
  }, claims);
}

test('every "Cited in" link of a source leads to a page that cites it', async ({ page }) => {
  await page.goto('/sources/');
  const claims = await page.locator('main li[id]:has(.used-on)').evaluateAll((items) =>
    items.flatMap((li) => {
      const url = li.querySelector('a')!.getAttribute('href')!;
      return [...li.querySelectorAll('.used-on a')].map((a) => ({
        entry: `source ${li.id}`,
        href: a.getAttribute('href')!,
        wants: [`/sources/#${li.id}`, url],
        inSection: false,
      }));
    }),
  );
  expect(claims.length).toBeGreaterThan(500);
  expect(claims.filter((c) => c.href.startsWith('/explainers/')).length).toBeGreaterThan(300);
  expect(await broken(page, claims)).toEqual([]);
});

test('every "Used on" link of a glossary term leads to a page that links the term', async ({ page }) => {
  await page.goto('/glossary/');
  const claims = await page.locator('main li:has(> h2[id]):has(.used-on)').evaluateAll((items) =>
    items.flatMap((li) => {
      const id = li.querySelector('h2')!.id;
      return [...li.querySelectorAll('.used-on a')].map((a) => ({
        entry: `term ${id}`,
        href: a.getAttribute('href')!,
        wants: [`/glossary/#${id}`],
        inSection: false,
      }));
    }),
  );
  expect(claims.length).toBeGreaterThan(10);
  expect(await broken(page, claims)).toEqual([]);
});

for (const kind of ['places', 'people'] as const) {
  test(`every "where the explainers mention it" link of the ${kind} lands on a section that names the entry`, async ({
    page,
  }) => {
    await page.goto(`/${kind}/`);
    const entries = await page
      .getByRole('main')
      .locator(`a[href^="/${kind}/"]`)
      .evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!))]);
    const claims = await page.evaluate(async (entries) => {
      const out: { entry: string; href: string; wants: string[]; inSection: boolean }[] = [];
      for (const path of entries) {
        const doc = new DOMParser().parseFromString(await (await fetch(path)).text(), 'text/html');
        for (const a of doc.querySelectorAll('.entry-sections a'))
          out.push({ entry: path, href: a.getAttribute('href')!, wants: [path], inSection: true });
      }
      return out;
    }, entries);
    expect(claims.length).toBeGreaterThan(kind === 'places' ? 40 : 20);
    expect(await broken(page, claims)).toEqual([]);
  });
}
