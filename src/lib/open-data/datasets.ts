/** The files under /data/, in the order the /data/ page lists them, and the envelope and citation the JSON files share. */
import { CONTENT_LICENCE, SITE_NAME } from '../site-meta.ts';
import {
  DOCUMENT_FIELDS,
  EVENT_FIELDS,
  PLACE_FIELDS,
  SCHEMA_VERSION,
  SOURCE_FIELDS,
  TERM_FIELDS,
  type Field,
} from './fields.ts';

export interface Dataset {
  file: string;
  title: string;
  description: string;
  fields: Field[];
}
/** The files, in the order the /data/ page lists them. The JSON files hold their records under the key of the same name. */
export const DATASETS = {
  events: {
    file: 'events.json',
    title: 'Timeline events',
    description: 'Every event on the timeline, with its date, places and sources.',
    fields: EVENT_FIELDS,
  },
  eventsCsv: {
    file: 'events.csv',
    title: 'Timeline events as CSV',
    description:
      'The same events as a spreadsheet: UTF-8, comma-separated, quoted as RFC 4180 says, one row per event; lists of ids are separated by ";".',
    fields: EVENT_FIELDS,
  },
  sources: {
    file: 'sources.json',
    title: 'Sources',
    description: 'The bibliography: every source the site cites.',
    fields: SOURCE_FIELDS,
  },
  places: {
    file: 'places.geojson',
    title: 'Places',
    description:
      'Every place under all its names, as GeoJSON Point features (RFC 7946). The fields are each feature’s properties; a place with no sourced coordinates has a null geometry.',
    fields: PLACE_FIELDS,
  },
  terms: {
    file: 'terms.json',
    title: 'Glossary',
    description: 'Every glossary term, with what the site writes instead of loaded words.',
    fields: TERM_FIELDS,
  },
  documents: {
    file: 'documents.json',
    title: 'Documents',
    description:
      'The primary documents clause by clause: each clause’s text, what became of it and each side’s account.',
    fields: DOCUMENT_FIELDS,
  },
} satisfies Record<string, Dataset>;

export type DataValue = string | number | boolean | string[] | null | DataRecord[];
export type DataRecord = { [field: string]: DataValue };

/** The envelope every JSON file shares: schema version, licence, citation and field list. */
export function fileHeader(dataset: Dataset, site: URL) {
  return {
    schemaVersion: SCHEMA_VERSION,
    title: `${SITE_NAME}: ${dataset.title}`,
    licence: { name: CONTENT_LICENCE.name, url: CONTENT_LICENCE.url },
    citation: citation(dataset, site),
    fields: dataset.fields,
  };
}

/** How to cite a file: "Nagorno-Karabakh Explained. Timeline events (events.json), schema version <SCHEMA_VERSION>. <url>. Licensed under CC BY 4.0." */
export function citation(dataset: Dataset, site: URL): string {
  const url = new URL(`/data/${dataset.file}`, site);
  return `${SITE_NAME}. ${dataset.title} (${dataset.file}), schema version ${SCHEMA_VERSION}. ${url}. Licensed under ${CONTENT_LICENCE.name}.`;
}
