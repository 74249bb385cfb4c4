/**
 * Documents and their clauses: the anchor of a clause, and the numbering of
 * the sources a document page cites, in reading order, like an explainer's.
 */
import { CitationNumbering, type Numbered } from './citations.ts';
import { ContentProblem } from './content-error.ts';

/** The anchor of clause n: "point-6", "paragraph-3", "article-2". */
export const clauseAnchor = (label: string, n: number | string) => `${label}-${n}`;

/** The address of a clause: "/documents/trilateral-statement-2020/#point-6". */
export const clauseHref = (doc: string, label: string, n: number | string) =>
  `/documents/${doc}/#${clauseAnchor(label, n)}`;

/** "point" → "Point 6". */
export const clauseName = (label: string, n: number | string) => `${label[0]!.toUpperCase()}${label.slice(1)} ${n}`;

interface Cited {
  id: string;
}

export interface DocumentSources {
  contextSources: Cited[];
  text: { sources: Cited[] };
  clauses: { textSources?: Cited[]; statusSources: Cited[]; accounts: { sources: Cited[] }[] }[];
}

/**
 * Numbers every citation on a document page in the order a reader meets
 * them: the context, the source of the text, then each clause's text, status
 * and accounts. Returns the numbered citations of each part and the References list.
 */
export function numberDocumentCitations(doc: DocumentSources) {
  const numbering = new CitationNumbering();
  const cite = (refs: Cited[]): Numbered[] => refs.map((r) => numbering.add({ id: r.id }));
  const context = cite(doc.contextSources);
  const text = cite(doc.text.sources);
  const clauses = doc.clauses.map((c) => ({
    text: cite(c.textSources ?? doc.text.sources),
    status: cite(c.statusSources),
    accounts: c.accounts.map((a) => cite(a.sources)),
  }));
  return { context, text, clauses, references: numbering.list() };
}

/** What an MDX file needs to know of each document to link to its clauses. */
export interface ClauseTargets {
  label: string;
  numbers: Set<string>;
}

/** The attributes <Clause> accepts for the clause number, one per clause label. */
export const CLAUSE_ATTRIBUTES = ['point', 'paragraph', 'article'] as const;

/**
 * Resolves <Clause doc="…" point="6"> to the clause's address, or throws a
 * ContentProblem (the caller adds the file and line) that says what is wrong: the document or the number is unknown, or
 * the attribute does not match what the document calls its clauses.
 */
export function resolveClause(documents: Map<string, ClauseTargets>, attrs: Record<string, string | undefined>) {
  const doc = attrs.doc;
  const given = CLAUSE_ATTRIBUTES.filter((a) => attrs[a] !== undefined);
  if (!doc || given.length !== 1) {
    throw new ContentProblem(
      '<Clause> needs a doc and one clause number, for example <Clause doc="trilateral-statement-2020" point="6">',
    );
  }
  const target = documents.get(doc);
  if (!target) throw new ContentProblem(`unknown document "${doc}" in <Clause>: no file content/documents/${doc}.yaml`);
  const label = given[0]!;
  const n = attrs[label]!;
  if (label !== target.label) {
    throw new ContentProblem(
      `<Clause doc="${doc}"> names its clauses by "${target.label}", not "${label}": write ${target.label}="${n}"`,
    );
  }
  if (!target.numbers.has(n)) {
    throw new ContentProblem(
      `unknown ${label} "${n}" of document "${doc}" in <Clause>: content/documents/${doc}.yaml has ${label}s ${[...target.numbers].join(', ')}`,
    );
  }
  return { doc, anchor: clauseAnchor(label, n), href: clauseHref(doc, label, n) };
}
