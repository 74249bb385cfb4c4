/**
 * The benchmark's plain reference (bench/plain/): an explainer's MDX reduced
 * to what a minimal Astro + MDX site would publish from the same prose. Pure:
 * the entries it names come in as a lookup, and it returns the MDX.
 *
 * - Names: <Place> gives the place's name (both names at its first mention,
 *   as on the site), <Person> the person's name, <Term> and <Clause> their
 *   text.
 * - Structure kept as text: <InShort> becomes an "In short" heading,
 *   <Positions> its question in bold and each <Position> the party, who and
 *   when in bold before what they said, <ThenNow> its label and each
 *   <Then>/<Now> its label and date, <Timeline> a heading and a list of its
 *   events (date, title, summary, sources), <Note> a footnote.
 * - Pictures dropped: <Map>, <ControlMap> and the charts (<DeathsChart>,
 *   <DisplacementChart>), whose text is their picture's alternative.
 * - Citations, `[@id]`, `[@id, locator]`, `[@a; @b]`, become GFM footnotes,
 *   one per source (and locator), whose definitions are the site's reference
 *   list: author, title linked to the URL, publisher, date.
 *
 * Imports go with the components. Any other component fails, so that a new one is reduced here on purpose.
 */
import { splitCitations } from '../../src/lib/citations.ts';
import { formatPartialDate } from '../../src/lib/dates.ts';
import { inSlice } from '../../src/lib/timeline.ts';
import { PARTY_LABELS, periodLabel, type Party, type PeriodId } from '../../src/lib/vocabulary.ts';
import { t } from '../../src/i18n/index.ts';

export interface PlainSource {
  title: string;
  publisher: string;
  url: string;
  author?: string;
  /** "YYYY-MM-DD". */
  published?: string;
}

export interface PlainEvent {
  date: string;
  period: string;
  title: string;
  summary: string;
  sources: string[];
}

export interface PlainLookup {
  places: ReadonlyMap<string, { name: string; otherName?: string }>;
  people: ReadonlyMap<string, string>;
  sources: ReadonlyMap<string, PlainSource>;
  /** In timeline order. */
  events: readonly PlainEvent[];
}

/** Pictures: dropped, with their text alternatives. */
const PICTURES = new Set(['Map', 'ControlMap', 'DeathsChart', 'DisplacementChart']);

/** Markdown and MDX punctuation in a text, escaped so that it reads as text. */
export function escapeText(s: string): string {
  return s.replace(/[\\`*_[\]{}<>]/g, '\\$&');
}

const attributes = (tag: string): Record<string, string> =>
  Object.fromEntries([...tag.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));

function need<T>(map: ReadonlyMap<string, T>, id: string, what: string): T {
  const found = map.get(id);
  if (found === undefined) throw new Error(`plain: no ${what} "${id}"`);
  return found;
}

function reference(s: PlainSource): string {
  const author = s.author && s.author !== s.publisher ? `${escapeText(s.author)}. ` : '';
  const url = s.url.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  const date = s.published ? `, ${formatPartialDate(s.published)}` : '';
  return `${author}[${escapeText(s.title)}](${url}). ${escapeText(s.publisher)}${date}.`;
}

function timeline(attrs: Record<string, string>, lookup: PlainLookup): string {
  const { period, from, to } = attrs;
  const slice = lookup.events.filter((e) => inSlice(e, { period, from, to }));
  const title = period ? periodLabel(period as PeriodId) : `${formatPartialDate(from!)} to ${formatPartialDate(to!)}`;
  return [
    `### ${t('timeline.embedLabel', { title })}`,
    '',
    ...slice.map(
      (e) =>
        `- **${formatPartialDate(e.date)}: ${escapeText(e.title)}.** ${escapeText(e.summary.replace(/\s+/g, ' '))}` +
        (e.sources.length ? `[${e.sources.map((id) => `@${id}`).join('; ')}]` : ''),
    ),
    '',
    `[${t('timeline.full')}](/timeline/), with every event from the 1920s to the present.`,
  ].join('\n');
}

/** One explainer's MDX, reduced for the plain reference: frontmatter title and description, prose, footnotes. */
export function plainMdx(mdx: string, lookup: PlainLookup): string {
  const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(mdx) ?? [];
  const kept = front.split('\n').filter((line) => /^(title|description):/.test(line));
  const placesSeen = new Set<string>();

  let text = body
    // The imports of components (a chart), which the reduced page no longer uses.
    .replace(/^import .*;$/gm, '')
    .replace(/<Place id="([^"]+)" \/>/g, (_, id: string) => {
      const place = need(lookup.places, id, 'place');
      const first = !placesSeen.has(id);
      placesSeen.add(id);
      return escapeText(first && place.otherName ? `${place.name} (${place.otherName})` : place.name);
    })
    .replace(/<Person id="([^"]+)" \/>/g, (_, id: string) => escapeText(need(lookup.people, id, 'person')))
    .replace(/<(Term|Clause)\b[^>]*>([\s\S]*?)<\/\1>/g, '$2')
    .replace(/<(\w+)\b[^>]*\/>/g, (tag, name: string) => {
      if (PICTURES.has(name)) return '';
      if (name === 'Timeline') return timeline(attributes(tag), lookup);
      return tag;
    })
    .replace(/<InShort>/g, `## ${t('section.inShort')}`)
    .replace(/<Positions\b[^>]*>/g, (tag) => `**${escapeText(attributes(tag).question!)}**`)
    .replace(/<Position\b[^>]*>/g, (tag) => {
      const { party, who, date } = attributes(tag);
      return `**${PARTY_LABELS[party as Party]}: ${escapeText(who!)}, ${formatPartialDate(date!)}**`;
    })
    .replace(/<ThenNow\b[^>]*>/g, (tag) => `**${escapeText(t('thenNow.label', { topic: attributes(tag).topic! }))}**`)
    .replace(
      /<(Then|Now)\b[^>]*>/g,
      (tag, name: string) =>
        `*${t(name === 'Then' ? 'thenNow.then' : 'thenNow.now')}, ${formatPartialDate(attributes(tag).date!)}:*`,
    )
    .replace(/<\/(InShort|Positions|Position|ThenNow|Then|Now)>/g, '');

  // Notes, lettered in order, become footnotes of their own.
  const notes: string[] = [];
  text = text.replace(/<Note>([\s\S]*?)<\/Note>/g, (_, note: string) => {
    notes.push(note.trim());
    return `[^note-${notes.length}]`;
  });
  const leftover = /<\/?([A-Z]\w*)/.exec(text);
  if (leftover) throw new Error(`plain: no reduction for <${leftover[1]}>`);

  // Citations: one footnote per source and locator, numbered in reading order, the notes' after the text's.
  const labels = new Map<string, { n: number; id: string; locator?: string }>();
  const cite = (s: string) =>
    splitCitations(s)
      .map((seg) =>
        'text' in seg
          ? seg.text
          : seg.cites
              .map(({ id, locator }) => {
                const key = locator ? `${id}, ${locator}` : id;
                if (!labels.has(key)) labels.set(key, { n: labels.size + 1, id, locator });
                return `[^${labels.get(key)!.n}]`;
              })
              .join(''),
      )
      .join('');
  text = cite(text);
  const noteDefinitions = notes.map((note, i) => `[^note-${i + 1}]: ${cite(note)}`);
  const sourceDefinitions = [...labels.values()].map(
    ({ n, id, locator }) =>
      `[^${n}]: ${reference(need(lookup.sources, id, 'source'))}${locator ? ` ${escapeText(locator)}.` : ''}`,
  );
  return [
    '---',
    ...kept,
    '---',
    '',
    text.trim().replace(/\n{3,}/g, '\n\n'),
    '',
    // Blank lines between definitions, so that none reads as the continuation of the one before.
    [...noteDefinitions, ...sourceDefinitions].join('\n\n'),
    '',
  ].join('\n');
}
