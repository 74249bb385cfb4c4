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

/** What a source document is (`type` in a source file). */
export const SOURCE_TYPES = ['primary', 'news', 'analysis', 'reference', 'dataset'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];
export const TYPE_LABELS: Record<SourceType, string> = {
  primary: 'Primary documents',
  news: 'News reports',
  analysis: 'Analysis',
  reference: 'Reference works',
  dataset: 'Datasets',
};

/** What the publisher is (`kind` in a source file); CONTRIBUTING.md gives the rules. */
export const SOURCE_KINDS = [
  'government',
  'state-media',
  'private-media',
  'international-organisation',
  'ngo-research',
  'academic',
  'reference',
  'advocacy',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export const KIND_LABELS: Record<SourceKind, string> = {
  government: 'Governments and official bodies',
  'state-media': 'State-owned or state-funded media',
  'private-media': 'Private media',
  'international-organisation': 'International organisations',
  'ngo-research': 'NGOs and research bodies',
  academic: 'Academic',
  reference: 'Reference works',
  advocacy: 'Advocacy sites',
};

/** The states a publisher may be based in besides the parties: English name in lower case with hyphens. Add one here, with its label, when a source needs it. */
export const OTHER_STATE_LABELS = {
  angola: 'Angola',
  argentina: 'Argentina',
  austria: 'Austria',
  bangladesh: 'Bangladesh',
  belarus: 'Belarus',
  belgium: 'Belgium',
  bulgaria: 'Bulgaria',
  canada: 'Canada',
  china: 'China',
  croatia: 'Croatia',
  cyprus: 'Cyprus',
  czechia: 'Czechia',
  denmark: 'Denmark',
  egypt: 'Egypt',
  france: 'France',
  georgia: 'Georgia',
  germany: 'Germany',
  greece: 'Greece',
  hungary: 'Hungary',
  india: 'India',
  iran: 'Iran',
  ireland: 'Ireland',
  israel: 'Israel',
  italy: 'Italy',
  jordan: 'Jordan',
  kazakhstan: 'Kazakhstan',
  kyrgyzstan: 'Kyrgyzstan',
  latvia: 'Latvia',
  lithuania: 'Lithuania',
  lebanon: 'Lebanon',
  malaysia: 'Malaysia',
  nepal: 'Nepal',
  netherlands: 'Netherlands',
  nigeria: 'Nigeria',
  pakistan: 'Pakistan',
  poland: 'Poland',
  qatar: 'Qatar',
  singapore: 'Singapore',
  'south-africa': 'South Africa',
  spain: 'Spain',
  sweden: 'Sweden',
  switzerland: 'Switzerland',
  taiwan: 'Taiwan',
  ukraine: 'Ukraine',
  'united-arab-emirates': 'United Arab Emirates',
  'united-kingdom': 'United Kingdom',
  'united-states': 'United States',
  uzbekistan: 'Uzbekistan',
} as const;
export type OtherState = keyof typeof OTHER_STATE_LABELS;

/** Where the publisher is based, or who runs it (`basedIn`): the parties, intergovernmental bodies, then the other states. */
export const BASED_IN_LABELS = {
  armenia: 'Armenia',
  azerbaijan: 'Azerbaijan',
  'nagorno-karabakh': 'Nagorno-Karabakh (de facto authorities)',
  russia: 'Russia',
  turkey: 'Turkey',
  international: 'Intergovernmental bodies',
  ...OTHER_STATE_LABELS,
} as const;
export type BasedIn = keyof typeof BASED_IN_LABELS;
export const BASED_IN = Object.keys(BASED_IN_LABELS) as [BasedIn, ...BasedIn[]];

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
export const DOCUMENT_KINDS = [
  'resolution',
  'statement',
  'protocol',
  'agreement',
  'declaration',
  'principles',
  'arrangement',
] as const;
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
export const CLAUSE_STATUSES = [
  'carried-out',
  'partly-carried-out',
  'not-carried-out',
  'overtaken',
  'disputed',
] as const;
export type ClauseStatus = (typeof CLAUSE_STATUSES)[number];
export const CLAUSE_STATUS_LABELS: Record<ClauseStatus, string> = {
  'carried-out': 'Carried out',
  'partly-carried-out': 'Partly carried out',
  'not-carried-out': 'Not carried out',
  overtaken: 'Overtaken',
  disputed: 'Disputed',
};

/** What sort of place an entry in content/places/ is (`kind` in a place file). */
export const PLACE_KINDS = ['city', 'town', 'village', 'district', 'region', 'country', 'site'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** What a document calls its numbered parts; also the anchor prefix: #point-6, #paragraph-3, #article-2. */
export const CLAUSE_LABELS = ['point', 'paragraph', 'article'] as const;
export type ClauseLabel = (typeof CLAUSE_LABELS)[number];
