/**
 * The figures behind the charts, each with who gave it, when, and the
 * sources (content/sources/) it was read in. The charts draw only these;
 * their tables print every one with its citation.
 */

/** How a figure was given: exactly, or as "about", "at least", "more than" or "nearly". */
export type Qualifier = 'about' | 'at least' | 'more than' | 'nearly';

export interface Figure {
  value: number;
  qualifier?: Qualifier;
  /** What exactly was counted, when it differs from the series. */
  note?: string;
  sources: string[];
}

export interface DatedFigure extends Figure {
  /** The date the figure was given, "YYYY-MM-DD". */
  date: string;
}

export interface DeathSeries {
  id: string;
  /** Who gave the count: the line's direct label. */
  label: string;
  /** The short direct label on the line. */
  short: string;
  /** Whose count: sets the colour, which the marker shape and the label repeat. */
  side: 'armenian' | 'azerbaijani' | 'independent';
  panel: 'military' | 'civilian';
  /** Marker shape, so that no series is told apart by colour alone. */
  marker: 'circle' | 'square' | 'triangle' | 'diamond';
  figures: DatedFigure[];
}

/** Reported deaths in the war of 27 September to 10 November 2020, as each side and an independent count gave them. */
export const DEATHS_2020: DeathSeries[] = [
  {
    id: 'nk-military',
    short: 'Karabakh defence ministry',
    side: 'armenian',
    label: 'Nagorno-Karabakh defence ministry: its soldiers killed, by name',
    panel: 'military',
    marker: 'circle',
    figures: [
      { date: '2020-10-09', value: 388, sources: ['usc-armenian-war-update-20201009'] },
      { date: '2020-10-15', value: 604, sources: ['ahram-20201015-reuters-karabakh-military-toll'] },
      {
        date: '2020-10-18',
        value: 673,
        note: 'reported by Reuters on Sunday 18 October',
        sources: ['jpost-20201018-karabakh-military-toll-673'],
      },
      { date: '2020-11-02', value: 1177, qualifier: 'about', sources: ['caucasianknot-20201109-nk-soldiers-1221'] },
      { date: '2020-11-09', value: 1221, sources: ['caucasianknot-20201109-nk-soldiers-1221'] },
      { date: '2020-11-18', value: 1586, qualifier: 'at least', sources: ['caucasianknot-20201119-nk-soldiers-1586'] },
    ],
  },
  {
    id: 'am-military',
    short: 'Armenia’s prime minister',
    side: 'armenian',
    label: 'Armenia’s prime minister: Armenian servicemen killed',
    panel: 'military',
    marker: 'square',
    figures: [
      {
        date: '2021-08-24',
        value: 3773,
        note: 'and 243 missing',
        sources: ['massispost-20210824-war-casualties-3773', 'rferl-20210824-armenian-deaths-3773'],
      },
    ],
  },
  {
    id: 'az-military',
    short: 'Azerbaijan',
    side: 'azerbaijani',
    label: 'Azerbaijan: its servicemen killed (none published during the war)',
    panel: 'military',
    marker: 'triangle',
    figures: [
      {
        date: '2020-12-03',
        value: 2783,
        note: 'defence ministry',
        sources: ['aljazeera-20201203-azerbaijan-2783-soldiers'],
      },
      {
        date: '2021-06-02',
        value: 2900,
        note: 'defence ministry',
        sources: ['anews-20210602-azerbaijan-2900-soldiers'],
      },
    ],
  },
  {
    id: 'afp-all',
    short: 'AFP, all dead',
    side: 'independent',
    label: 'AFP’s running count: all reported dead, both sides',
    panel: 'military',
    marker: 'diamond',
    figures: [
      {
        date: '2020-10-04',
        value: 250,
        qualifier: 'nearly',
        note: 'including about 40 civilians',
        sources: ['expatica-20201004-icrc-unlawful-attacks'],
      },
    ],
  },
  {
    id: 'az-civilian',
    short: 'Azerbaijan’s prosecutor',
    side: 'azerbaijani',
    label: 'Azerbaijan’s prosecutor general: civilians killed in Azerbaijan',
    panel: 'civilian',
    marker: 'triangle',
    figures: [
      { date: '2020-10-01', value: 19, sources: ['apa-20201001-prosecutor-19-killed'] },
      { date: '2020-10-11', value: 41, sources: ['tass-az-civilians-41'] },
      { date: '2020-12-08', value: 100, note: 'and 416 injured', sources: ['azernews-20201208-100-civilians'] },
    ],
  },
  {
    id: 'nk-civilian',
    short: 'Karabakh authorities',
    side: 'armenian',
    label: 'Nagorno-Karabakh authorities: civilians killed in Nagorno-Karabakh',
    panel: 'civilian',
    marker: 'circle',
    figures: [
      {
        date: '2020-10-05',
        value: 19,
        note: 'the ombudsman’s count for 27 September to 4 October',
        sources: ['panarmenian-20201005-ombudsman-19-civilians'],
      },
      {
        date: '2021-09-29',
        value: 80,
        note: 'a Karabakh representative in Armenia; 42 of them in strikes',
        sources: ['newsam-20210929-80-civilians'],
      },
    ],
  },
];

/** A figure with who gave it, and the date it was given where the page has one. */
export interface SourcedFigure extends Figure {
  by: string;
  date?: string;
}

export interface DisplacementRow {
  id: string;
  who: string;
  when: string;
  /** Whose people: sets the bar's colour, which the row's label repeats. */
  side: 'armenian' | 'azerbaijani';
  /** The lowest and highest figures found, each with who gave it. */
  low: SourcedFigure;
  high?: SourcedFigure;
}

/** People displaced in 1988-1994 on each side, and in September 2023. */
export const DISPLACEMENT: DisplacementRow[] = [
  {
    id: 'azerbaijanis-from-armenia',
    side: 'azerbaijani',
    who: 'Azerbaijanis who left Armenia',
    when: '1988-1992',
    low: {
      by: 'UN representative on internally displaced persons',
      date: '1999-01-25',
      value: 185000,
      note: 'refugees from Armenia, 1988-1990',
      sources: ['un-19990125-deng-profile-azerbaijan'],
    },
    high: {
      by: 'Heydar Aliyev Heritage Library (Azerbaijan)',
      value: 250000,
      qualifier: 'nearly',
      note: '1988-1992',
      sources: ['aliyev-heritage-refugees-idps'],
    },
  },
  {
    id: 'azerbaijanis-displaced',
    side: 'azerbaijani',
    who: 'Azerbaijanis displaced inside Azerbaijan',
    when: '1988-1994',
    low: {
      by: 'UN representative on internally displaced persons',
      date: '1999-01-25',
      value: 650000,
      note: 'internally displaced by May 1994',
      sources: ['un-19990125-deng-profile-azerbaijan'],
    },
    high: {
      by: 'Heydar Aliyev Heritage Library (Azerbaijan)',
      value: 700000,
      note: 'from Nagorno-Karabakh, the seven districts and border areas',
      sources: ['aliyev-heritage-refugees-idps'],
    },
  },
  {
    id: 'armenians-from-azerbaijan',
    side: 'armenian',
    who: 'Armenians who left Azerbaijan',
    when: '1988-1994',
    low: {
      by: 'UN representative on internally displaced persons',
      date: '1999-01-25',
      value: 300000,
      qualifier: 'more than',
      note: 'refugees in Armenia',
      sources: ['un-19990125-deng-profile-azerbaijan'],
    },
    high: {
      by: 'Armenian official figures, cited by Public Radio of Armenia',
      date: '2023-10-26',
      value: 500000,
      qualifier: 'more than',
      note: 'displaced from Azerbaijan, 1988-1992',
      sources: ['1lurer-20231026-migration-from-azerbaijan'],
    },
  },
  {
    id: 'armenians-from-karabakh',
    side: 'armenian',
    who: 'Armenians who left Nagorno-Karabakh',
    when: 'September 2023',
    low: {
      by: 'Armenian government',
      date: '2023-09-30',
      value: 100417,
      note: 'arrivals in Armenia in a week; the UN refugee agency also said more than 100,000',
      sources: ['tbsnews-20231001-100000-refugees', 'bolnews-20230930-100000-refugees'],
    },
  },
];

/** "nearly 250,000", "1,177". */
export function figureText(f: Pick<Figure, 'value' | 'qualifier'>): string {
  const n = f.value.toLocaleString('en-GB');
  return f.qualifier ? `${f.qualifier} ${n}` : n;
}
