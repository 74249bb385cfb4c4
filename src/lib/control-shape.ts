/** The area a map of control (src/data/control-maps.ts) fills: the NKAO, the breakaway's extent, or districts by name. */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { ControlShape } from '../data/control-maps.ts';
import { breakaway, districts, nkao } from '../data/geo/index.ts';
import { contentError } from './content-error.ts';

export function controlShape(mapId: string, s: ControlShape): FeatureCollection<Polygon | MultiPolygon> {
  if (s === 'nkao') return nkao;
  if (s === 'breakaway') return breakaway;
  const features = s.districts.map((name) => {
    const f = districts.features.find((d) => d.properties?.name_en === name);
    if (!f)
      throw contentError({
        file: 'src/data/control-maps.ts',
        message: `control map "${mapId}": district "${name}" is not in the districts layer`,
      });
    return f;
  });
  return { type: 'FeatureCollection', features };
}
