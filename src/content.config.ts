/**
 * The content model, described once. Every collection loads from `content/`, one file per
 * entry, so a build error can name the file. Every field carries its description
 * (`.describe()`): the open data's field lists (src/lib/open-data/fields.ts), the /data/ page and the
 * field reference FIELDS.md (`npm run fields`) are read from here by src/lib/schema-fields.ts,
 * so they cannot drift from it. `typed()` names the type where zod's does not (a date is a
 * string to zod). `reference()` marks every field that points at another entry;
 * `checkReferences()` in `src/lib/integrity.ts` fails the build when such an id is unknown
 * (Astro itself does not check).
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import {
  BASED_IN,
  CLAUSE_LABELS,
  CLAUSE_STATUSES,
  DOCUMENT_KINDS,
  PARTIES,
  PERIOD_IDS,
  PLACE_KINDS,
  SOURCE_KINDS,
  SOURCE_TYPES,
  SIDES,
} from './lib/vocabulary.ts';
import { typed } from './lib/schema-fields.ts';
import { BUILD_DAY, isAfterDay, isPartialDate, isTimeOfDay, isoDate } from './lib/dates.ts';
import { idFromFileName } from './lib/ids.ts';
import { contentError, schemaFault } from './lib/content-error.ts';
import { checkExtensions } from './lib/content-files.ts';
import type { Loader } from 'astro/loaders';
import { readFileSync } from 'node:fs';

const SCHEMA_HINT = 'FIELDS.md describes every field of every kind of entry; CONTRIBUTING.md has an example of each.';

/** Where content lives: content/, or CONTENT_DIR (the build-failure tests and the benchmark use their own). */
const root = process.env.CONTENT_DIR ?? './content';

/**
 * One file per entry, named by its id: `content/<collection>/<id>.<ext>`. Each entry is checked
 * against its schema here first, so that a fault is reported by lib/content-error.ts (file, line,
 * field, bad value) rather than by Astro's generic schema message.
 */
const files = (collection: string, ext: 'yaml' | 'mdx'): Loader => {
  const loader = glob({
    pattern: `*.${ext}`,
    base: `${root}/${collection}`,
    generateId: ({ entry }) => idFromFileName(entry, `${root}/${collection}`),
  });
  return {
    name: 'content-files',
    load: (context) => {
      checkExtensions(`${root}/${collection}`, ext);
      return loader.load({
        ...context,
        parseData: async (props) => {
          const schema = (collections as Record<string, { schema?: unknown }>)[collection]!.schema as z.ZodType;
          const result = await schema.safeParseAsync(props.data, { reportInput: true });
          if (!result.success && props.filePath) {
            const text = readFileSync(props.filePath, 'utf8');
            throw contentError(
              result.error.issues.map((issue) => schemaFault(props.filePath!, text, issue)),
              SCHEMA_HINT,
            );
          }
          return context.parseData(props);
        },
      });
    },
  };
};

/**
 * A calendar date, written in quotes: "2020-10-09". Quotes are required
 * because YAML reads an unquoted 2020-02-30 as 1 March without complaint.
 */
const dayText = z
  .string({ error: 'expected a date in quotes, "YYYY-MM-DD"' })
  .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && isPartialDate(s), {
    message: 'expected a real date written "YYYY-MM-DD"',
    abort: true,
  });
const toDate = (s: string) => new Date(`${s}T00:00:00Z`);
const day = typed(dayText.transform(toDate), 'date');
/** A past day: one after the day of the build is a typo (a lastReviewed cannot be in the future). */
const pastDay = typed(
  dayText
    .refine((s) => !isAfterDay(s, BUILD_DAY), {
      message: `expected a day no later than the day of the build, ${BUILD_DAY}`,
    })
    .transform(toDate),
  'date',
);

/** A date at the precision it is known: "1923", "1923-07" or "1923-07-07". */
const partialDate = typed(
  z
    .string({ error: 'expected a quoted date: "YYYY", "YYYY-MM" or "YYYY-MM-DD"' })
    .refine(isPartialDate, { message: 'expected a real date written "YYYY", "YYYY-MM" or "YYYY-MM-DD"', abort: true }),
  'partial-date',
);

/** Source ids, at least one: checked against content/sources/ by `brokenReferences()`. */
const citedBy = (what: string) =>
  typed(z.array(reference('sources')).min(1, `${what} needs at least one source`), 'ids', 'sources');

const explainers = defineCollection({
  loader: files('explainers', 'mdx'),
  schema: z.object({
    title: z.string().min(1).describe('The page title, also its h1.'),
    description: z
      .string()
      .min(1)
      .max(160)
      .describe('The standfirst under the title and the meta description: at most 160 characters.'),
    order: z.number().int().positive().describe('Position in the list of explainers, 1 first.'),
    period: z.enum(PERIOD_IDS).describe('The period the page is mainly about; also a search filter.'),
    lastReviewed: pastDay.describe(
      'The day an editor last checked the whole page against its sources; never after the day of the build.',
    ),
    coveredTo: typed(
      z
        .string({ error: 'expected a month in quotes, "YYYY-MM"' })
        .refine((s) => /^\d{4}-\d{2}$/.test(s) && isPartialDate(s), {
          message: 'expected a real month written "YYYY-MM"',
          abort: true,
        })
        .refine((s) => !isAfterDay(s, BUILD_DAY), {
          message: `expected a month no later than that of the build, ${BUILD_DAY.slice(0, 7)}`,
        }),
      'month',
    )
      .optional()
      .describe(
        'For a page about events that go on: the month of the latest event it covers. It is shown beside "Last ' +
          'reviewed", so that a recent review never reads as news up to that day.',
      ),
    draft: z
      .boolean()
      .default(false)
      .describe(
        'True while the page is being written: only `astro dev` shows it; a build neither builds the page nor ' +
          'links to it.',
      ),
  }),
});

const home = defineCollection({
  loader: files('home', 'mdx'),
  schema: z.object({
    title: z.string().min(1).describe('The heading of the "Start here" text on the home page.'),
    lastReviewed: pastDay.describe(
      'The day an editor last checked the text against its sources; never after the day of the build.',
    ),
  }),
});

const sources = defineCollection({
  loader: files('sources', 'yaml'),
  schema: z
    .object({
      title: z.string().min(1).describe('The title as the page gives it; a [bracketed description] when it has none.'),
      publisher: z
        .string()
        .min(1)
        .describe(
          'Who published the page: an outlet, a ministry, an organisation; for a copy or syndicated story, the ' +
            'originating outlet.',
        ),
      author: z.string().min(1).optional().describe('A person or an organisation, when the page names one.'),
      published: day.optional().describe('The date on the page, when it shows one.'),
      url: z
        .url({ protocol: /^https?$/, error: 'expected a full http(s) URL' })
        .describe(
          'The original publisher’s page, which readers are sent to; never a mirror, cache or copy ' +
            '(src/data/copy-hosts.ts).',
        ),
      readAt: z
        .url({ protocol: /^https?$/, error: 'expected a full http(s) URL' })
        .optional()
        .describe('The copy actually read, only when the original could not be read.'),
      accessed: day.describe('The day the page was read.'),
      type: z
        .enum(SOURCE_TYPES)
        .describe('What the document is: primary document, news report, analysis, reference work or dataset.'),
      kind: z
        .enum(SOURCE_KINDS)
        .describe(
          'What the publisher is: government or official body, state-owned or state-funded media, private media, ' +
            'international organisation, NGO or research body, academic, reference work or advocacy site (rules in ' +
            'CONTRIBUTING.md).',
        ),
      basedIn: z
        .enum(BASED_IN)
        .describe(
          'Where the publisher is based or who runs it: a party to the conflict, "international" for ' +
            'intergovernmental bodies, or another state (rules in CONTRIBUTING.md).',
        ),
      language: z
        .string()
        .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'expected a language code such as "en" or "hy"')
        .describe('The BCP 47 code of the page’s language, such as "en" or "hy".'),
    })
    .superRefine((source, ctx) => {
      // Zod runs this even when a date failed its own check; compare only dates that parsed.
      const { published, accessed } = source as { published?: unknown; accessed?: unknown };
      if (published instanceof Date && accessed instanceof Date && accessed < published) {
        ctx.addIssue({
          code: 'custom',
          path: ['accessed'],
          message: `accessed (${isoDate(accessed)}) is before published (${isoDate(published)})`,
        });
      }
      for (const [field, date] of [
        ['published', published],
        ['accessed', accessed],
      ] as const) {
        if (date instanceof Date && isAfterDay(isoDate(date), BUILD_DAY))
          ctx.addIssue({
            code: 'custom',
            path: [field],
            message: `${isoDate(date)} is after the day of the build (${BUILD_DAY})`,
          });
      }
    }),
});

const events = defineCollection({
  loader: files('events', 'yaml'),
  schema: z.object({
    date: partialDate
      .refine((s) => !isAfterDay(s, BUILD_DAY), {
        message: `expected a date no later than the day of the build, ${BUILD_DAY}`,
      })
      .describe(
        'When it happened; the form gives the precision ("1994", "1994-05" or "1994-05-12"); never after the day ' +
          'of the build.',
      ),
    time: typed(z.string().refine(isTimeOfDay, 'expected a time of day written "HH:MM"'), 'time')
      .optional()
      .describe('The local time of day, only where the sources give one; it orders the events of one day.'),
    title: z.string().min(1).describe('A short title.'),
    summary: z
      .string()
      .min(1)
      .describe('One to three sentences in the author’s own words; contested accounts are attributed.'),
    period: z.enum(PERIOD_IDS).describe('The period of the conflict.'),
    places: typed(z.array(reference('places')), 'ids', 'places')
      .default([])
      .describe('Ids of the places involved.'),
    sources: citedBy('every event').describe('Ids of the sources; at least one.'),
  }),
});

const names = z.object({
  latin: z.string().min(1).describe('The name in Latin letters, as English texts spell it.'),
  native: z
    .string()
    .min(1)
    .optional()
    .describe('The name in its own script or official spelling, where a source gives it.'),
});

const places = defineCollection({
  loader: files('places', 'yaml'),
  schema: z.object({
    name: z.string().min(1).describe('The conventional English name, used in running text.'),
    otherName: z
      .string()
      .min(1)
      .optional()
      .describe('Contested places only: the other side’s name, given in brackets at the first mention on a page.'),
    armenian: names.optional().describe('The Armenian name.'),
    azerbaijani: names.optional().describe('The Azerbaijani name.'),
    russian: z.string().min(1).optional().describe('The Russian name in Cyrillic.'),
    former: typed(
      z.array(
        z.union([
          z.string().min(1),
          z.object({
            name: z.string().min(1).describe('The former name.'),
            from: partialDate.optional().describe('When it came into use.'),
            to: partialDate.optional().describe('When it went out of use.'),
          }),
        ]),
      ),
      'names',
    )
      .default([])
      .describe('Former or historical names, each a text or a record with the dates it was used.'),
    kind: z.enum(PLACE_KINDS).describe('What sort of place it is.'),
    coordinates: typed(z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]), 'coordinates')
      .optional()
      .describe('[longitude, latitude] in WGS84, only from a source.'),
    summary: z.string().min(1).describe('One sentence: what and where it is.'),
    sources: citedBy('every place').describe('Ids of the sources; at least one.'),
  }),
});

const terms = defineCollection({
  loader: files('terms', 'yaml'),
  schema: z
    .object({
      term: z.string().min(1).describe('The term, as the glossary heads it.'),
      abbr: z.string().min(1).optional().describe('Its abbreviation, where it has one.'),
      short: z.string().min(1).describe('A one-sentence definition, the preview shown wherever the term is linked.'),
      definition: z.string().min(1).describe('The full definition: a paragraph in the author’s own words.'),
      contested: z
        .boolean()
        .default(false)
        .describe('True for loaded words; then usedBy, implies and siteUses are required.'),
      usedBy: z.string().min(1).optional().describe('Contested terms: who uses it.'),
      implies: z.string().min(1).optional().describe('Contested terms: what it implies.'),
      siteUses: z.string().min(1).optional().describe('Contested terms: what the site writes instead.'),
      sources: citedBy('every term').describe('Ids of the sources; at least one.'),
    })
    .superRefine((term, ctx) => {
      if (!term.contested) return;
      for (const field of ['usedBy', 'implies', 'siteUses'] as const) {
        if (!term[field])
          ctx.addIssue({
            code: 'custom',
            path: [field],
            message:
              'a contested term must say who uses it (usedBy), what it implies (implies) and what the site says ' +
              'instead (siteUses)',
          });
      }
    }),
});

const people = defineCollection({
  loader: files('people', 'yaml'),
  schema: z.object({
    name: z.string().min(1).describe('The name as English texts write it, first name first.'),
    roles: z
      .array(
        z.object({
          title: z.string().min(1).describe('The office or role, e.g. "Prime Minister of Armenia".'),
          from: partialDate.optional().describe('When the role began.'),
          to: partialDate.optional().describe('When it ended; left out only where the source says the role continues.'),
        }),
      )
      .min(1)
      .describe('The dated roles that matter to the conflict; at least one.'),
    side: z.enum(SIDES).describe('The side the person acted for.'),
    sources: citedBy('every person').describe('Ids of the sources; at least one.'),
  }),
});

/** One side's account of what became of a clause, where the parties disagree. */
const account = z.strictObject({
  party: z.enum(PARTIES).describe('Whose account it is.'),
  who: z.string().min(1).describe('Who gave the account, e.g. "Armenia\'s foreign ministry".'),
  date: partialDate.describe('When they gave it.'),
  text: z.string().min(1).describe("The account in the author's own words, or a short quotation in quotation marks."),
  sources: citedBy('an account').describe('Ids of the sources where the account was read.'),
});

/** One numbered part of a document, with what became of it. */
const clause = z.strictObject({
  n: z
    .number()
    .int()
    .positive()
    .describe('The number the text gives the clause; with clauseLabel it makes the anchor, #point-6.'),
  title: z.string().min(1).max(80).describe("A few words of the author's own, for the heading and the search result."),
  text: z.string().min(1).describe("The official text word for word (when verbatim) or the author's summary."),
  textSources: citedBy("a clause's text")
    .optional()
    .describe(
      "Only where this clause's text rests on other sources than text.sources, e.g. officials quoting a part of " +
        'the official text that could not be read: those sources.',
    ),
  verbatim: z
    .boolean()
    .optional()
    .describe(
      'Only where this clause differs from text.verbatim: true when it is quoted word for word, false when ' +
        'summarised (e.g. where only part of the official text could be read).',
    ),
  status: z.enum(CLAUSE_STATUSES).describe('What became of it.'),
  statusDate: partialDate.describe('The date the status describes.'),
  statusNote: z
    .string()
    .min(1)
    .describe("One or two sentences of the author's own: what became of it, contested points attributed."),
  statusSources: citedBy("a clause's status").describe('Ids of the sources for the status.'),
  accounts: z.array(account).default([]).describe("Where the parties disagree: each side's account, attributed."),
});

const documents = defineCollection({
  loader: files('documents', 'yaml'),
  schema: z
    .strictObject({
      title: z.string().min(1).describe('The official title, in English.'),
      shortTitle: z
        .string()
        .min(1)
        .max(80)
        .describe('How running text names it, e.g. "Trilateral statement of 10 November 2020".'),
      date: partialDate.describe('The day it was signed or adopted, or the month or year when only that is known.'),
      inForce: partialDate.optional().describe('When it took effect, where that differs from the date.'),
      kind: z.enum(DOCUMENT_KINDS).describe('What kind of text it is.'),
      parties: z.array(z.enum(SIDES)).min(1).describe('Who it binds or who adopted it.'),
      signatories: z.array(z.string().min(1)).describe('The signatories as the text gives them; [] for a resolution.'),
      summary: z
        .string()
        .min(1)
        .max(200)
        .describe("One line in the author's own words: what it did. At most 200 characters."),
      context: z
        .string()
        .min(1)
        .describe("One to three sentences in the author's own words: how it came about and what followed."),
      contextSources: citedBy('the context').describe('Ids of the sources for the context.'),
      text: z
        .strictObject({
          verbatim: z
            .boolean()
            .describe(
              "true: the clause texts quote an official text word for word; false: they are the author's summaries.",
            ),
          language: z.string().min(1).describe('The language version quoted or summarised, e.g. "English".'),
          publishedBy: z
            .string()
            .min(1)
            .describe('Where that version was published, e.g. "President of Russia (kremlin.ru)".'),
          sources: citedBy('the text').describe('Ids of the source(s) of the text itself.'),
        })
        .describe('Where the clause texts come from.'),
      clauseLabel: z
        .enum(CLAUSE_LABELS)
        .describe('What the text calls its parts; also the anchor prefix: #point-1, #paragraph-3, #article-2.'),
      clauses: z
        .array(clause)
        .min(1, 'a document needs at least one clause')
        .describe('The clauses in the order of the text.'),
      lastReviewed: day.describe('The day an editor last checked the whole document against its sources.'),
    })
    .superRefine((doc, ctx) => {
      const seen = new Set<number>();
      doc.clauses.forEach((c, i) => {
        if (seen.has(c.n))
          ctx.addIssue({
            code: 'custom',
            path: ['clauses', i, 'n'],
            message: `two clauses are numbered ${c.n}: each anchor #${doc.clauseLabel}-${c.n} must be unique`,
          });
        seen.add(c.n);
      });
    }),
});

export const collections = { explainers, home, sources, events, places, terms, people, documents };
