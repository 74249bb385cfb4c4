/** The fixed vocabularies of the content model, with the labels readers see. */

export const PERIODS = [
  { id: 'roots', label: 'Roots, to 1987' },
  { id: 'first-war', label: 'The Karabakh movement and the first war, 1988–1994' },
  { id: 'frozen-conflict', label: 'The frozen conflict, 1994–2020' },
  { id: 'war-2020', label: 'The 2020 war, 27 September – 10 November 2020' },
  { id: 'aftermath', label: 'After the 2020 war, 2020 to the present' },
] as const;

export type PeriodId = (typeof PERIODS)[number]['id'];
export const PERIOD_IDS = PERIODS.map((p) => p.id) as [PeriodId, ...PeriodId[]];

export function periodLabel(id: PeriodId): string {
  return PERIODS.find((p) => p.id === id)!.label;
}

export const SOURCE_KINDS = ['primary', 'news', 'analysis', 'reference', 'dataset'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export const KIND_LABELS: Record<SourceKind, string> = {
  primary: 'Primary documents',
  news: 'News reports',
  analysis: 'Analysis',
  reference: 'Reference works',
  dataset: 'Datasets',
};

export const SOURCE_ORIGINS = [
  'armenia',
  'azerbaijan',
  'nagorno-karabakh',
  'russia',
  'turkey',
  'other-state',
  'international',
  'independent',
] as const;
export type SourceOrigin = (typeof SOURCE_ORIGINS)[number];
export const ORIGIN_LABELS: Record<SourceOrigin, string> = {
  armenia: 'Armenia',
  azerbaijan: 'Azerbaijan',
  'nagorno-karabakh': 'Nagorno-Karabakh authorities',
  russia: 'Russia',
  turkey: 'Turkey',
  'other-state': 'Other states',
  international: 'International organisations',
  independent: 'Independent media and research',
};

export const SIDES = [
  'armenia',
  'azerbaijan',
  'nagorno-karabakh',
  'russia',
  'turkey',
  'united-states',
  'france',
  'iran',
  'un',
  'osce',
  'icrc',
  'other',
] as const;
export type Side = (typeof SIDES)[number];
export const SIDE_LABELS: Record<Side, string> = {
  armenia: 'Armenia',
  azerbaijan: 'Azerbaijan',
  'nagorno-karabakh': 'Nagorno-Karabakh authorities',
  russia: 'Russia',
  turkey: 'Turkey',
  'united-states': 'United States',
  france: 'France',
  iran: 'Iran',
  un: 'United Nations',
  osce: 'OSCE',
  icrc: 'International Committee of the Red Cross',
  other: 'Other',
};

export const PARTIES = [
  'armenia',
  'azerbaijan',
  'nagorno-karabakh',
  'russia',
  'turkey',
  'mediators',
  'independent',
  'other',
] as const;
export type Party = (typeof PARTIES)[number];
export const PARTY_LABELS: Record<Party, string> = {
  armenia: 'Armenia',
  azerbaijan: 'Azerbaijan',
  'nagorno-karabakh': 'Nagorno-Karabakh authorities',
  russia: 'Russia',
  turkey: 'Turkey',
  mediators: 'Mediators',
  independent: 'Independent observers',
  other: 'Others',
};

/** What kind of text a document in content/documents/ is. */
export const DOCUMENT_KINDS = ['resolution', 'statement', 'protocol', 'agreement', 'declaration', 'principles', 'arrangement'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  resolution: 'Resolution',
  statement: 'Statement',
  protocol: 'Protocol',
  agreement: 'Agreement',
  declaration: 'Declaration',
  principles: 'Principles',
  arrangement: 'Arrangement',
};

/** What became of a clause of a document. */
export const CLAUSE_STATUSES = ['carried-out', 'partly-carried-out', 'not-carried-out', 'overtaken', 'disputed'] as const;
export type ClauseStatus = (typeof CLAUSE_STATUSES)[number];
export const CLAUSE_STATUS_LABELS: Record<ClauseStatus, string> = {
  'carried-out': 'Carried out',
  'partly-carried-out': 'Partly carried out',
  'not-carried-out': 'Not carried out',
  overtaken: 'Overtaken',
  disputed: 'Disputed',
};

/** What a document calls its numbered parts; also the anchor prefix: #point-6, #paragraph-3, #article-2. */
export const CLAUSE_LABELS = ['point', 'paragraph', 'article'] as const;
export type ClauseLabel = (typeof CLAUSE_LABELS)[number];
