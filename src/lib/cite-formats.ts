/**
 * "Cite this page" and reference entries in APA, MLA and Chicago styles and
 * as BibTeX. Works with no author, an organisation as author, no date and
 * non-Latin titles.
 */

export interface Citable {
  title: string;
  /** A person ("Given Family") or an organisation. */
  author?: string;
  /** True when the author is an organisation: it is not inverted. */
  authorIsOrganisation?: boolean;
  publisher: string;
  published?: Date;
  accessed: Date;
  url: string;
}

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });
const MONTHS = Array.from({ length: 12 }, (_, i) => MONTH.format(new Date(Date.UTC(2000, i, 1))));
/** MLA's own abbreviations ("Sept."), which no locale gives. */
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

const dmy = (d: Date, months = MONTHS) => `${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
const mdy = (d: Date) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;

/**
 * "Given Middle Family" → { family: "Family", given: "Given Middle" }. Lower-case
 * particles stay with the family name: "Thomas de Waal" → "de Waal", "Thomas".
 */
function splitName(name: string) {
  const parts = name.trim().split(/\s+/);
  let start = parts.length - 1;
  while (start > 1 && /^\p{Ll}/u.test(parts[start - 1]!)) start--;
  return { family: parts.slice(start).join(' '), given: parts.slice(0, start).join(' ') };
}

const endWithPeriod = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);

export function apa(c: Citable): string {
  let who = '';
  if (c.author) {
    if (c.authorIsOrganisation) who = c.author;
    else {
      const { family, given } = splitName(c.author);
      const initials = given
        .split(/[\s-]+/)
        .filter(Boolean)
        .map((g) => `${g[0]}.`)
        .join(' ');
      who = initials ? `${family}, ${initials}` : family;
    }
  }
  const date = c.published
    ? `(${c.published.getUTCFullYear()}, ${MONTHS[c.published.getUTCMonth()]} ${c.published.getUTCDate()})`
    : '(n.d.)';
  const head = who ? `${endWithPeriod(who)} ${date}. ${endWithPeriod(c.title)}` : `${endWithPeriod(c.title)} ${date}.`;
  const publisher = c.author === c.publisher ? '' : ` ${endWithPeriod(c.publisher)}`;
  const retrieved = c.published ? '' : ` Retrieved ${mdy(c.accessed)}, from`;
  return `${head}${publisher}${retrieved} ${c.url}`;
}

/** MLA and Chicago: "Family, Given. ", an organisation as is, nothing when the publisher is the author. */
function invertedAuthor(c: Citable): string {
  if (!c.author || c.author === c.publisher) return '';
  if (c.authorIsOrganisation) return `${endWithPeriod(c.author)} `;
  const { family, given } = splitName(c.author);
  return given ? `${family}, ${endWithPeriod(given)} ` : `${endWithPeriod(family)} `;
}

export function mla(c: Citable): string {
  const who = invertedAuthor(c);
  const date = c.published ? `, ${dmy(c.published, MLA_MONTHS)}` : '';
  const url = c.url.replace(/^https?:\/\//, '');
  return `${who}“${endWithPeriod(c.title).replace(/\.$/, '')}.” ${c.publisher}${date}, ${url}. Accessed ${dmy(c.accessed, MLA_MONTHS)}.`;
}

export function chicago(c: Citable): string {
  const who = invertedAuthor(c);
  const date = c.published ? `${mdy(c.published)}` : `Accessed ${mdy(c.accessed)}`;
  return `${who}“${endWithPeriod(c.title).replace(/\.$/, '')}.” ${c.publisher}. ${date}. ${c.url}.`;
}

/** A BibTeX key: ASCII only, from the author or publisher, the year and the first title word. */
export function bibtexKey(c: Citable): string {
  const ascii = (s: string) => s.normalize('NFKD').replace(/[^A-Za-z0-9]/g, '');
  const who =
    ascii(c.author ? (c.authorIsOrganisation ? c.author : splitName(c.author).family) : c.publisher).slice(0, 20) ||
    'source';
  const year = c.published ? String(c.published.getUTCFullYear()) : 'nd';
  const word =
    c.title
      .split(/\s+/)
      .map(ascii)
      .find((w) => w.length > 3) ?? '';
  return `${who}${year}${word}`.toLowerCase();
}

/** Escapes BibTeX's special characters; non-Latin letters pass through (biber and UTF-8 LaTeX read them). */
const bib = (s: string) => s.replace(/[\\{}]/g, (ch) => `\\${ch}`).replace(/([&%$#_])/g, '\\$1');

export function bibtex(c: Citable): string {
  const fields: [string, string][] = [['title', `{${bib(c.title)}}`]];
  if (c.author) fields.push(['author', c.authorIsOrganisation ? `{{${bib(c.author)}}}` : `{${bib(c.author)}}`]);
  fields.push(['organization', `{${bib(c.publisher)}}`]);
  if (c.published) {
    fields.push(['year', `{${c.published.getUTCFullYear()}}`]);
    fields.push(['date', `{${c.published.toISOString().slice(0, 10)}}`]);
  }
  fields.push(['url', `{${c.url}}`]);
  fields.push(['urldate', `{${c.accessed.toISOString().slice(0, 10)}}`]);
  return `@online{${bibtexKey(c)},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n')}\n}`;
}
