/**
 * What the home page shows besides its "Start here" text: a line and a date
 * range for each explainer card, the key figures with their sources, and the
 * ten dates that matter most (timeline entries, content/events/).
 */

/** For each explainer (content/explainers/<id>.mdx): the card's one-line summary and the span of time it covers. */
export const EXPLAINER_CARDS: Record<string, { line: string; span: string }> = {
  'first-war': {
    line: 'How a Soviet autonomous region became a war, what the war cost, and why the talks after it failed.',
    span: '1988-2020',
  },
  'escalation-2020': {
    line: 'How the 2020 war began, how it was fought, which towns changed hands and who was killed, in each side’s words and the record.',
    span: '27 September - 10 November 2020',
  },
  'moscow-talks': {
    line: 'The four-point Moscow statement, why its truce broke within hours, and how the war ended.',
    span: '9 October - 10 November 2020',
  },
  aftermath: {
    line: 'The November 2020 statement in practice, the blockade, the 2023 exodus and the peace process.',
    span: '10 November 2020 - 2026',
  },
};

export interface KeyFigure {
  figure: string;
  /** What the figure counts, and who gave it. */
  text: string;
  sources: string[];
}

export const KEY_FIGURES: KeyFigure[] = [
  {
    figure: '650,000',
    text: 'Azerbaijanis internally displaced by the ceasefire of May 1994, and over 300,000 refugees in Armenia, according to a UN report of 1999',
    sources: ['un-19990125-deng-profile-azerbaijan'],
  },
  {
    figure: '44 days',
    text: 'of war, from 27 September to the statement that took effect on 10 November 2020',
    sources: ['primeminister-am-20201110-trilateral-statement', 'mfaaz-20201110-trilateral-statement'],
  },
  {
    figure: '3,773',
    text: 'Armenian servicemen killed in that war, as Armenia’s prime minister gave it in August 2021; Azerbaijan’s defence ministry put its own at 2,900 in June 2021',
    sources: ['rferl-20210824-armenian-deaths-3773', 'anews-20210602-azerbaijan-2900-soldiers'],
  },
  {
    figure: '1,960',
    text: 'Russian peacekeepers provided for by the statement of 10 November 2020',
    sources: ['primeminister-am-20201110-trilateral-statement'],
  },
  {
    figure: '100,417',
    text: 'people arrived in Armenia from Nagorno-Karabakh in the week to 30 September 2023, the Armenian government said, of about 120,000',
    sources: ['tbsnews-20231001-100000-refugees', 'bolnews-20230930-100000-refugees'],
  },
];

/** The ten dates that matter most, in order: a timeline entry and a few words of the site's own. */
export const KEY_DATES: { event: string; label: string }[] = [
  { event: '1923-07-07-nkao-established', label: 'Autonomous oblast set up inside Soviet Azerbaijan' },
  { event: '1988-02-20-nkao-soviet-requests-transfer', label: 'Karabakh council asks to join Soviet Armenia' },
  { event: '1991-09-02-nkr-proclaimed', label: 'Nagorno-Karabakh Republic proclaimed' },
  { event: '1992-05-09-shusha-captured', label: 'Armenian forces take Shusha' },
  { event: '1994-05-12-ceasefire-in-force', label: 'Ceasefire ends the first war' },
  { event: '2020-09-27-fighting-begins-martial-law', label: 'The 2020 war begins' },
  { event: '2020-10-10-humanitarian-ceasefire-takes-effect', label: 'Moscow truce, broken within hours' },
  { event: '2020-11-10-trilateral-statement', label: 'Trilateral statement ends the war' },
  { event: '2023-09-19-azerbaijani-operation', label: 'Azerbaijani offensive; the exodus follows' },
  { event: '2025-08-08-washington-joint-declaration', label: 'Washington declaration; treaty initialled' },
];
