/**
 * The content model. Every collection loads from `content/`, one file per
 * entry, so a build error can name the file. `reference()` marks every field
 * that points at another entry; `checkReferences()` in `src/lib/integrity.ts`
 * fails the build when such an id is unknown (Astro itself does not check).
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { PERIOD_IDS, SOURCE_KINDS, SOURCE_ORIGINS, SIDES } from './lib/vocabulary.ts';
import { isPartialDate, isTimeOfDay } from './lib/dates.ts';
import { idFromFileName } from './lib/ids.ts';

/** Where content lives: content/, or CONTENT_DIR (the build-failure tests and the benchmark use their own). */
const root = process.env.CONTENT_DIR ?? './content';

/** One file per entry, named by its id: `content/<collection>/<id>.<ext>`. */
const files = (collection: string, ext: 'yaml' | 'mdx') =>
  glob({
    pattern: `*.${ext}`,
    base: `${root}/${collection}`,
    generateId: ({ entry }) => idFromFileName(entry, `${root}/${collection}`),
  });

/**
 * A calendar date, written in quotes: "2020-10-09". Quotes are required
 * because YAML reads an unquoted 2020-02-30 as 1 March without complaint.
 */
const day = z
  .string({ error: 'expected a date in quotes, "YYYY-MM-DD" (unquoted YAML dates roll over silently: 2020-02-30 becomes 1 March)' })
  .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && isPartialDate(s), { message: 'expected a real date written "YYYY-MM-DD"' })
  .transform((s) => new Date(`${s}T00:00:00Z`));

/** A date at the precision it is known: "1923", "1923-07" or "1923-07-07". */
const partialDate = z
  .string({ error: 'expected a quoted date: "YYYY", "YYYY-MM" or "YYYY-MM-DD"' })
  .refine(isPartialDate, { message: 'expected a real date written "YYYY", "YYYY-MM" or "YYYY-MM-DD"' });

const explainers = defineCollection({
  loader: files('explainers', 'mdx'),
  schema: z.object({
    /** The page title, also the h1. */
    title: z.string().min(1),
    /** The standfirst under the title and the meta description: at most 160 characters. */
    description: z.string().min(1).max(160),
    /** Position in the list of explainers (1 first). */
    order: z.number().int().positive(),
    /** The period the page is mainly about; it is also a search filter. */
    period: z.enum(PERIOD_IDS),
    /** The day an editor last checked the whole page against its sources. */
    lastReviewed: day,
    /** Drafts are built in `astro dev` only. Default: false. */
    draft: z.boolean().default(false),
  }),
});

const home = defineCollection({
  loader: files('home', 'mdx'),
  schema: z.object({
    title: z.string().min(1),
    lastReviewed: day,
  }),
});

const sources = defineCollection({
  loader: files('sources', 'yaml'),
  schema: z.object({
    /** The title as the page gives it; a [bracketed description] when it has none. */
    title: z.string().min(1),
    /** Who published the page: an outlet, a ministry, an organisation. */
    publisher: z.string().min(1),
    /** A person or an organisation; left out when the page names none. */
    author: z.string().min(1).optional(),
    /** The date on the page; left out when the page shows none. */
    published: day.optional(),
    /** The address the page was read at. */
    url: z.url({ protocol: /^https?$/, error: 'expected a full http(s) URL' }),
    /** The day the page was read. */
    accessed: day,
    kind: z.enum(SOURCE_KINDS),
    /** BCP 47 language code of the page. */
    language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'expected a language code such as "en" or "hy"'),
    /** Who stands behind the source, for the balance panel. */
    origin: z.enum(SOURCE_ORIGINS),
  }),
});

const events = defineCollection({
  loader: files('events', 'yaml'),
  schema: z.object({
    /** The form gives the precision: "1994", "1994-05" or "1994-05-12". */
    date: partialDate,
    /** The local time of day, "HH:MM", where the sources give one; it orders the events of one day. */
    time: z.string().refine(isTimeOfDay, 'expected a time of day written "HH:MM"').optional(),
    title: z.string().min(1),
    /** One to three sentences in the author's own words; contested accounts attributed. */
    summary: z.string().min(1),
    period: z.enum(PERIOD_IDS),
    places: z.array(reference('places')).default([]),
    sources: z.array(reference('sources')).min(1, 'every event needs at least one source'),
  }),
});

const names = z.object({
  /** The name in Latin letters, as English texts spell it. */
  latin: z.string().min(1),
  /** The name in its own script or official spelling, where a source gives it. */
  native: z.string().min(1).optional(),
});

const places = defineCollection({
  loader: files('places', 'yaml'),
  schema: z.object({
    /** The conventional English name, used in running text. */
    name: z.string().min(1),
    /** Contested places only: the other side's name, given in brackets at first mention. */
    otherName: z.string().min(1).optional(),
    armenian: names.optional(),
    azerbaijani: names.optional(),
    /** The Russian name in Cyrillic. */
    russian: z.string().min(1).optional(),
    /** Former or historical names, each a string or { name, from, to } with the dates it was used. Default: none. */
    former: z.array(z.union([z.string().min(1), z.object({ name: z.string().min(1), from: partialDate.optional(), to: partialDate.optional() })])).default([]),
    kind: z.enum(['city', 'town', 'village', 'district', 'region', 'country', 'site']),
    /** [longitude, latitude] in WGS84, only from a source. */
    coordinates: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]).optional(),
    /** One sentence: what and where it is. */
    summary: z.string().min(1),
    sources: z.array(reference('sources')).min(1, 'every place needs at least one source'),
  }),
});

const terms = defineCollection({
  loader: files('terms', 'yaml'),
  schema: z.object({
    term: z.string().min(1),
    abbr: z.string().min(1).optional(),
    /** One sentence, the preview shown wherever the term is linked. */
    short: z.string().min(1),
    definition: z.string().min(1),
    /** True for loaded words; then usedBy, implies and siteUses say how the site handles them. */
    contested: z.boolean().default(false),
    usedBy: z.string().min(1).optional(),
    implies: z.string().min(1).optional(),
    siteUses: z.string().min(1).optional(),
    sources: z.array(reference('sources')).min(1, 'every term needs at least one source'),
  }).superRefine((term, ctx) => {
    if (!term.contested) return;
    for (const field of ['usedBy', 'implies', 'siteUses'] as const) {
      if (!term[field]) ctx.addIssue({ code: 'custom', path: [field], message: 'a contested term must say who uses it (usedBy), what it implies (implies) and what the site says instead (siteUses)' });
    }
  }),
});

const people = defineCollection({
  loader: files('people', 'yaml'),
  schema: z.object({
    name: z.string().min(1),
    roles: z
      .array(
        z.object({
          title: z.string().min(1),
          from: partialDate.optional(),
          to: partialDate.optional(),
        }),
      )
      .min(1),
    side: z.enum(SIDES),
    sources: z.array(reference('sources')).min(1, 'every person needs at least one source'),
  }),
});

export const collections = { explainers, home, sources, events, places, terms, people };
