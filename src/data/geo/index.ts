/** The map layers (see README.md), parsed and wound for d3-geo. */
import type { FeatureCollection, LineString, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import landTopology from 'world-atlas/land-110m.json';
import { forD3 } from '../../lib/map.ts';
import countriesRaw from './countries.geojson?raw';
import lakesRaw from './lakes.geojson?raw';
import districtsRaw from './az_occupied_districts.geojson?raw';
import nkaoRaw from './nkao_1991.geojson?raw';
import ceasefireRaw from './ceasefire_line_1994.geojson?raw';
import breakawayRaw from './nk_breakaway_1994_2020.geojson?raw';
import admin1Raw from './admin1.geojson?raw';

type Areas = FeatureCollection<Polygon | MultiPolygon>;
const areas = (raw: string) => forD3(JSON.parse(raw) as Areas);

export const countries = areas(countriesRaw);
export const lakes = areas(lakesRaw);
export const districts = areas(districtsRaw);
export const nkao = areas(nkaoRaw);
/** Natural Earth's area held by ethnic Armenian forces, May 1994 to September 2020. */
export const breakaway = areas(breakawayRaw);
export const ceasefireLine = JSON.parse(ceasefireRaw) as FeatureCollection<LineString>;
/** The provinces and districts that place pages outline: Armenia's Tavush, Azerbaijan's Tovuz. */
export const admin1 = areas(admin1Raw);

const world = landTopology as unknown as Topology<{ land: GeometryCollection }>;
/** The world's land, Natural Earth 1:110m (world-atlas), for the wide locators; TopoJSON is wound as d3-geo expects. */
export const land = feature(world, world.objects.land);
