/**
 * The site's maps, as data. `<Map id="…" />` draws one; /maps/ shows them all.
 * Captions and descriptions say only what the layers and the places' entries
 * show. Markers take their coordinates from content/places/.
 */
import type { Bbox } from '../lib/map.ts';

/** Layers, drawn in this order. */
export type Layer = 'districts' | 'nkao' | 'ceasefire';

/** What a marker stands for: a place for orientation, or what the timeline reports there. */
export type Mark = 'place' | 'strikes' | 'claimed';

export interface MapPlace {
  /** An id in content/places/; the entry must have coordinates. */
  id: string;
  mark?: Mark;
  /** The timeline event (content/events/) that reports what the mark says. */
  event?: string;
}

export interface MapSpec {
  id: string;
  title: string;
  /** The SVG's description for screen readers: what the map draws. */
  description: string;
  /** The visible caption. */
  caption: string;
  bbox: Bbox;
  layers: Layer[];
  /** Most important first: on a narrow screen, labels that do not fit are left out from the end. */
  places: MapPlace[];
  /** Names of countries, regions and seas, at [longitude, latitude]. */
  areaLabels: { text: string; at: [number, number]; water?: boolean }[];
  /** Districts of the districts layer to name at their centroid, by their English name in the data. */
  districtLabels?: string[];
}

export const LEGEND: Record<Layer | Mark, string> = {
  nkao: 'Former Nagorno-Karabakh Autonomous Oblast (NKAO), boundary about 1991',
  districts:
    'Surrounding districts held by ethnic Armenian forces from 1992-93 until 2020 (Lachin from May 1992, the ' +
    'others in 1993; Aghdam and Fuzuli in part)',
  ceasefire: '1994 ceasefire line, the line of contact until 27 September 2020',
  place: 'City or town',
  strikes: 'Shelling or missile strikes reported',
  claimed: 'Claim that the town or villages near it were taken',
};

export const MAPS: MapSpec[] = [
  {
    id: 'locator',
    title: 'The South Caucasus',
    description:
      'Map of Armenia, Azerbaijan with its exclave Nakhchivan, Georgia, and the neighbouring parts of Russia, ' +
      'Turkey and Iran, with the boundary of the former Nagorno-Karabakh Autonomous Oblast highlighted inside ' +
      'Azerbaijan.',
    caption:
      'Nagorno-Karabakh, shown by the boundary of the former Nagorno-Karabakh Autonomous Oblast (NKAO), lies ' +
      'inside Azerbaijan’s internationally recognised borders, which the map draws. Nakhchivan is an exclave of ' +
      'Azerbaijan.',
    bbox: [43.3, 37.9, 50.6, 42.3],
    layers: ['nkao'],
    places: [{ id: 'stepanakert' }, { id: 'yerevan' }, { id: 'baku' }, { id: 'ganja' }],
    areaLabels: [
      { text: 'ARMENIA', at: [44.55, 40.62] },
      { text: 'AZERBAIJAN', at: [48.35, 41.0] },
      { text: 'GEORGIA', at: [44.3, 41.95] },
      { text: 'RUSSIA', at: [47.3, 42.12] },
      { text: 'TURKEY', at: [43.85, 39.6] },
      { text: 'IRAN', at: [47.4, 38.35] },
      { text: 'NAKHCHIVAN', at: [45.35, 39.3] },
      { text: 'Caspian Sea', at: [50.05, 39.25], water: true },
    ],
  },
  {
    id: 'ceasefire-1994',
    title: 'After the 1994 ceasefire',
    description:
      'Map of Nagorno-Karabakh and its surroundings: the boundary of the former Nagorno-Karabakh Autonomous ' +
      'Oblast, the seven surrounding districts as far as they were held, the 1994 ceasefire line, and the main ' +
      'towns.',
    caption:
      'The former NKAO and the seven surrounding districts (Aghdam and Fuzuli only in part) were held by ethnic ' +
      'Armenian forces until 2020; of the districts, Lachin was taken in May 1992 and the others in 1993. Natural ' +
      'Earth’s ceasefire line leaves small parts of the east of the former NKAO on the Azerbaijani side. All lines ' +
      'are generalised, not surveyed.',
    bbox: [45.4, 38.75, 47.6, 40.6],
    layers: ['districts', 'nkao', 'ceasefire'],
    places: [
      { id: 'stepanakert' },
      { id: 'shusha' },
      { id: 'lachin' },
      { id: 'kalbajar' },
      { id: 'agdam' },
      { id: 'khojaly' },
      { id: 'fuzuli' },
      { id: 'jabrayil' },
      { id: 'qubadli' },
      { id: 'martakert' },
      { id: 'martuni' },
      { id: 'zangilan' },
    ],
    areaLabels: [
      { text: 'ARMENIA', at: [45.75, 40.45] },
      { text: 'AZERBAIJAN', at: [47.25, 40.45] },
      { text: 'IRAN', at: [46.9, 38.85] },
    ],
  },
  {
    id: 'escalation-2020',
    title: 'The escalation, 27 September to 10 October 2020',
    description:
      'Map of Nagorno-Karabakh and the neighbouring parts of Azerbaijan marking the towns where the site’s ' +
      'timeline records shelling or missile strikes, or claims of captures, between 27 September and 10 October ' +
      '2020, with the 1994 ceasefire line and the boundary of the former NKAO.',
    caption:
      'Towns where the site’s timeline records reports of shelling or missile strikes, or claims that a town or ' +
      'villages near it had been taken, between 27 September and 10 October 2020; each report is attributed in the ' +
      'timeline entry linked below. No front line is drawn, because there is no sourced line data for these weeks. ' +
      'The dashed line is the 1994 ceasefire line, the line of contact when the fighting began.',
    bbox: [45.75, 39.15, 47.8, 40.95],
    layers: ['nkao', 'ceasefire'],
    places: [
      { id: 'stepanakert', mark: 'strikes', event: '2020-10-02-stepanakert-shelled' },
      { id: 'shusha', mark: 'strikes', event: '2020-10-08-shusha-cathedral-shelled' },
      { id: 'hadrut', mark: 'claimed', event: '2020-10-09-hadrut-claim-denied' },
      { id: 'jabrayil', mark: 'claimed', event: '2020-10-04-jabrayil-claimed' },
      { id: 'fuzuli', mark: 'claimed', event: '2020-09-27-azerbaijan-claims-six-villages' },
      { id: 'martakert', mark: 'claimed', event: '2020-10-03-madagiz-claimed' },
      { id: 'martuni', mark: 'strikes', event: '2020-09-27-martuni-first-civilian-deaths' },
      { id: 'ganja', mark: 'strikes', event: '2020-10-04-stepanakert-ganja-strikes' },
      { id: 'tartar', mark: 'strikes', event: '2020-09-28-tartar-shelled' },
      { id: 'barda', mark: 'strikes', event: '2020-10-08-ganja-barda-strikes' },
      { id: 'mingachevir', mark: 'strikes', event: '2020-10-04-mingachevir-attack-claim' },
      { id: 'horadiz', mark: 'strikes', event: '2020-10-04-stepanakert-ganja-strikes' },
    ],
    areaLabels: [
      { text: 'ARMENIA', at: [45.95, 39.75] },
      { text: 'AZERBAIJAN', at: [47.3, 40.55] },
      { text: 'IRAN', at: [47.0, 39.22] },
    ],
  },
];
