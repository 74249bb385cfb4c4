/**
 * The maps of control over time, as data: 1988, after the May 1994
 * ceasefire, after the 10 November 2020 statement, after September 2023.
 * `<ControlMap id="…" />` draws one, `<ControlMapStrip />` all four as
 * small multiples; /maps/ shows them. No open line exists for 2020-2023
 * (src/data/geo/README.md), so those maps show control by whole districts
 * and mark towns; the captions say so. Every statement in `inWords` is tied
 * to the timeline entries that source it.
 */
import type { Bbox } from '../lib/map.ts';
import { contentError, type Where } from '../lib/content-error.ts';

/** How an area is filled: each has its own pattern as well as its colour, so that none depends on colour alone. */
export type ControlFill = 'autonomy' | 'held' | 'retaken' | 'handed' | 'remaining' | 'former';

/** An area: the NKAO outline, Natural Earth's 1994-2020 breakaway polygon, or districts of the seven-districts layer by name. */
export type ControlShape = 'nkao' | 'breakaway' | { districts: string[] };

export interface ControlArea {
  fill: ControlFill;
  shape: ControlShape;
  legend: string;
}

/** The 1994 ceasefire line (Natural Earth), or the Lachin corridor drawn schematically through the towns it joined. */
export type ControlLine = 'ceasefire' | 'corridor';

/** A place marked on the map: an orientation point, or a town taken in the fighting. */
export interface ControlPlace {
  id: string;
  mark?: 'place' | 'taken';
}

export interface ControlMapSpec {
  id: string;
  /** The short label of the small multiple: a date. */
  when: string;
  title: string;
  /** The SVG's description: what the map draws. */
  description: string;
  /** Whose lines, and how approximate. */
  caption: string;
  areas: ControlArea[];
  lines: { line: ControlLine; legend: string }[];
  places: ControlPlace[];
  /** The map in words: each sentence with the timeline entries (content/events/) that source it. */
  inWords: { text: string; events: string[] }[];
}

/** All four maps share one frame, so that they can be compared. */
export const CONTROL_BBOX: Bbox = [45.35, 38.8, 47.65, 40.6];

export const CONTROL_AREA_LABELS: { text: string; at: [number, number] }[] = [
  { text: 'ARMENIA', at: [45.72, 40.42] },
  { text: 'AZERBAIJAN', at: [47.28, 40.45] },
  { text: 'IRAN', at: [46.95, 38.9] },
];

const NKAO_LINE =
  'The NKAO boundary is Natural Earth’s generalised 1:10m line “about 1991”, a few kilometres out in places, not ' +
  'a surveyed border.';

export const CONTROL_MAPS: ControlMapSpec[] = [
  {
    id: 'control-1988',
    when: '1988',
    title: 'Control in 1988: an autonomous oblast inside Soviet Azerbaijan',
    description:
      'Map of Nagorno-Karabakh and its surroundings in 1988: the Nagorno-Karabakh Autonomous Oblast is shaded ' +
      'inside the Azerbaijan Soviet Socialist Republic, next to the Armenian Soviet Socialist Republic.',
    caption:
      'In 1988 the Nagorno-Karabakh Autonomous Oblast (NKAO) was part of the Azerbaijan SSR, and the border ' +
      'between the Armenian and Azerbaijan SSRs is drawn as Natural Earth draws today’s border between Armenia and ' +
      'Azerbaijan. ' +
      NKAO_LINE,
    areas: [
      {
        fill: 'autonomy',
        shape: 'nkao',
        legend: 'Nagorno-Karabakh Autonomous Oblast (NKAO), within the Azerbaijan SSR',
      },
    ],
    lines: [],
    places: [
      { id: 'stepanakert' },
      { id: 'shusha' },
      { id: 'martakert' },
      { id: 'martuni' },
      { id: 'hadrut' },
      { id: 'lachin' },
      { id: 'goris' },
    ],
    inWords: [
      {
        text:
          'The NKAO, set up in 1923, was an autonomous region of the Azerbaijan SSR with a mostly Armenian ' +
          'population; its capital was Stepanakert.',
        events: ['1923-07-07-nkao-established'],
      },
      {
        text:
          'On 20 February 1988 its regional council asked for it to be transferred to the Armenian SSR; Moscow ' +
          'refused.',
        events: ['1988-02-20-nkao-soviet-requests-transfer', '1988-03-23-ussr-presidium-rejects-transfer'],
      },
      {
        text:
          'The Azerbaijani district town of Lachin lay on the road from the NKAO to Goris in the Armenian SSR, the ' +
          'road later called the Lachin corridor.',
        events: ['1992-05-18-lachin-captured'],
      },
    ],
  },
  {
    id: 'control-1994',
    when: 'May 1994',
    title: 'Control after the May 1994 ceasefire',
    description:
      'Map of the area held by ethnic Armenian forces after the ceasefire of 12 May 1994: most of the former ' +
      'Nagorno-Karabakh Autonomous Oblast and the seven surrounding Azerbaijani districts, wholly or in part, ' +
      'bounded by the 1994 ceasefire line.',
    caption:
      'The held area is Natural Earth’s “breakaway” polygon for Nagorno-Karabakh, bounded by its 1994 ceasefire ' +
      'line, both generalised at 1:10m and not official or surveyed; they ignore the small changes of April 2016. ' +
      'Natural Earth leaves small parts of the east of the former NKAO on the Azerbaijani side. ' +
      NKAO_LINE,
    areas: [
      {
        fill: 'held',
        shape: 'breakaway',
        legend: 'Held by ethnic Armenian forces, May 1994 to September 2020 (Natural Earth’s line)',
      },
      { fill: 'former', shape: 'nkao', legend: 'Former NKAO, abolished by Azerbaijan in November 1991' },
    ],
    lines: [{ line: 'ceasefire', legend: '1994 ceasefire line, the line of contact until 27 September 2020' }],
    places: [
      { id: 'stepanakert' },
      { id: 'shusha' },
      { id: 'lachin' },
      { id: 'kalbajar' },
      { id: 'agdam' },
      { id: 'fuzuli' },
      { id: 'jabrayil' },
      { id: 'qubadli' },
    ],
    inWords: [
      { text: 'A ceasefire took effect on 12 May 1994.', events: ['1994-05-12-ceasefire-in-force'] },
      {
        text:
          'Ethnic Armenian forces held almost all of the former NKAO and seven Azerbaijani districts around it: ' +
          'Kalbajar, Lachin, Qubadli, Zangilan and Jabrayil wholly, Aghdam and Fuzuli in part.',
        events: [
          '1993-04-03-kalbajar-captured',
          '1993-07-agdam-captured',
          '1993-08-23-fuzuli-captured',
          '1993-08-jabrayil-qubadli-captured',
          '1993-10-zangilan-horadiz-captured',
        ],
      },
      {
        text: 'The line of contact stayed close to the ceasefire line until the war of 27 September 2020.',
        events: ['2016-04-02-four-day-war', '2020-09-27-fighting-begins-martial-law'],
      },
    ],
  },
  {
    id: 'control-2020',
    when: 'November 2020',
    title: 'Control after the statement of 10 November 2020',
    description:
      'Map of control after the 10 November 2020 statement, by whole districts: four of the seven surrounding ' +
      'districts retaken by Azerbaijan in the fighting, three handed over by Armenia by 1 December 2020, the rest ' +
      'of the former oblast left to the Karabakh Armenian authorities with Russian peacekeepers, and the Lachin ' +
      'corridor to Armenia drawn schematically.',
    caption:
      'No open line exists for 2020-2023, so this map shows control by whole districts: the seven districts are ' +
      'drawn as far as they were held in 1994-2020 (Natural Earth’s lines and district boundaries, a few ' +
      'kilometres out in places), and the former NKAO stands for the area left to the Karabakh Armenian ' +
      'authorities, which was smaller: Shusha and, by Azerbaijan’s account from 9 October, Hadrut were taken, ' +
      'marked by their towns. The peacekeepers’ zone was not published as a map. The Lachin corridor, five ' +
      'kilometres wide by the statement, is drawn as a straight schematic link between the towns, not the road.',
    areas: [
      {
        fill: 'retaken',
        shape: { districts: ['Fuzuli', 'Jabrayil', 'Zangilan', 'Qubadli'] },
        legend: 'Retaken by Azerbaijan in the fighting, 27 September to 9 November 2020 (whole districts)',
      },
      {
        fill: 'handed',
        shape: { districts: ['Aghdam', 'Kalbajar', 'Lachin'] },
        legend: 'Handed over by Armenia under the statement, 20 November to 1 December 2020 (whole districts)',
      },
      {
        fill: 'remaining',
        shape: 'nkao',
        legend:
          'Left to the Karabakh Armenian authorities, with Russian peacekeepers: shown as the former NKAO, which ' +
          'it did not match',
      },
    ],
    lines: [{ line: 'corridor', legend: 'Lachin corridor, under the Russian peacekeepers (schematic)' }],
    places: [
      { id: 'stepanakert' },
      { id: 'shusha', mark: 'taken' },
      { id: 'hadrut', mark: 'taken' },
      { id: 'lachin' },
      { id: 'kalbajar' },
      { id: 'agdam' },
      { id: 'fuzuli' },
      { id: 'jabrayil' },
      { id: 'qubadli' },
      { id: 'goris' },
    ],
    inWords: [
      {
        text:
          'In the fighting Azerbaijan announced the capture of the towns of Jabrayil (4 October), Fuzuli (17 ' +
          'October), Zangilan (20 October) and Qubadli (26 October), and by the end of the war held those four ' +
          'districts; it claimed Hadrut on 9 October, and the Karabakh authorities acknowledged the loss of Shusha ' +
          'on 9 November.',
        events: [
          '2020-10-04-jabrayil-claimed',
          '2020-10-17-fuzuli-claimed',
          '2020-10-20-zangilan-claimed',
          '2020-10-26-qubadli-claimed',
          '2020-10-09-hadrut-claim-denied',
          '2020-11-09-shusha-loss-acknowledged',
        ],
      },
      {
        text:
          'The statement of 10 November froze the armies where they stood and required Armenia to return the Aghdam, ' +
          'Kalbajar and Lachin districts; Azerbaijani forces entered them on 20 November, 25 November and 1 December.',
        events: [
          '2020-11-10-trilateral-statement',
          '2020-11-20-agdam-handover',
          '2020-11-25-kalbajar-handover',
          '2020-12-01-lachin-handover',
        ],
      },
      {
        text:
          'Russian peacekeepers deployed along the line of contact and the Lachin corridor, the road through Lachin ' +
          'that joined the rest of Nagorno-Karabakh, with Stepanakert, to Armenia; the corridor moved to a new road ' +
          'bypassing Lachin town in August 2022.',
        events: ['2020-11-10-peacekeepers-begin-deploying', '2022-08-25-lachin-town-handed-over'],
      },
    ],
  },
  {
    id: 'control-2023',
    when: 'September 2023',
    title: 'Control after the offensive of 19-20 September 2023',
    description:
      'Map after the Azerbaijani offensive of 19-20 September 2023: the whole of the former Nagorno-Karabakh ' +
      'Autonomous Oblast and the surrounding districts are under Azerbaijani control; the former oblast is ' +
      'outlined.',
    caption:
      'After 20 September 2023 Azerbaijan controlled the whole region, so no line of control is drawn; the outline ' +
      'shows where the former NKAO was. ' +
      NKAO_LINE,
    areas: [{ fill: 'former', shape: 'nkao', legend: 'Former NKAO, under Azerbaijani control from 20 September 2023' }],
    lines: [],
    places: [{ id: 'stepanakert' }, { id: 'shusha' }, { id: 'lachin' }, { id: 'goris' }],
    inWords: [
      {
        text:
          'Azerbaijan launched what it called “local anti-terrorist measures” on 19 September 2023; the next day the ' +
          'Karabakh authorities accepted a ceasefire and agreed to disarm.',
        events: ['2023-09-19-azerbaijani-operation', '2023-09-20-ceasefire-disarmament'],
      },
      {
        text:
          'By 30 September more than 100,000 people had left for Armenia by the Lachin road, nearly the whole ' +
          'population; the Karabakh leader decreed that the republic’s institutions would be dissolved from 1 ' +
          'January 2024.',
        events: ['2023-09-30-exodus-passes-100000', '2023-09-28-nkr-dissolution-decree'],
      },
      {
        text: 'The Russian peacekeepers left between April and June 2024.',
        events: ['2024-04-17-peacekeepers-withdrawal', '2024-06-12-peacekeepers-withdrawal-completed'],
      },
    ],
  },
];

export const CONTROL_TAKEN_LEGEND = 'Town taken by Azerbaijani forces in the fighting';
export const CONTROL_PLACE_LEGEND = 'City or town';

/** The towns the schematic Lachin corridor joins, in order: a straight link between them, not the road. */
export const CORRIDOR_PLACES = ['stepanakert', 'lachin', 'goris'];

/** The control map with this id, or a content error that lists the ids. */
export function controlMap(id: string, where: Where): ControlMapSpec {
  const spec = CONTROL_MAPS.find((m) => m.id === id);
  if (!spec)
    throw contentError(
      { ...where, message: `no control map "${id}"` },
      `The control maps, in src/data/control-maps.ts, are: ${CONTROL_MAPS.map((m) => m.id).join(', ')}.`,
    );
  return spec;
}
