/** The area a map of control (src/data/control-maps.ts) fills: the NKAO, the breakaway's extent, or districts by name. */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { ControlShape } from '../data/control-maps.ts';
import { contentError } from './content-error.ts';

type Areas = FeatureCollection<Polygon | MultiPolygon>;

/** The map layers a shape is drawn from (src/data/geo/), passed in so that this stays a plain function. */
export interface ControlLayers {
  nkao: Areas;
  breakaway: Areas;
  districts: Areas;
}

export function controlShape(mapId: string, s: ControlShape, layers: ControlLayers): Areas {
  if (s === 'nkao') return layers.nkao;
  if (s === 'breakaway') return layers.breakaway;
  const features = s.districts.map((name) => {
    const f = layers.districts.features.find((d) => d.properties?.name_en === name);
    if (!f)
      throw contentError({
        file: 'src/data/control-maps.ts',
        message: `control map "${mapId}": district "${name}" is not in the districts layer`,
      });
    return f;
  });
  return { type: 'FeatureCollection', features };
}
