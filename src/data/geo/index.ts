/** The map layers (see README.md), parsed and wound for d3-geo. */
import type { FeatureCollection, LineString, MultiPolygon, Polygon } from 'geojson';
import { forD3 } from '../../lib/map.ts';
import countriesRaw from './countries.geojson?raw';
import lakesRaw from './lakes.geojson?raw';
import districtsRaw from './az_occupied_districts.geojson?raw';
import nkaoRaw from './nkao_1991.geojson?raw';
import ceasefireRaw from './ceasefire_line_1994.geojson?raw';
import breakawayRaw from './nk_breakaway_1994_2020.geojson?raw';

type Areas = FeatureCollection<Polygon | MultiPolygon>;
const areas = (raw: string) => forD3(JSON.parse(raw) as Areas);

export const countries = areas(countriesRaw);
export const lakes = areas(lakesRaw);
export const districts = areas(districtsRaw);
export const nkao = areas(nkaoRaw);
/** Natural Earth's area held by ethnic Armenian forces, May 1994 to September 2020. */
export const breakaway = areas(breakawayRaw);
export const ceasefireLine = JSON.parse(ceasefireRaw) as FeatureCollection<LineString>;
