/**
 * Each map's drawing as an SVG file of its own, written at build time: the
 * reference maps (/maps/locator.svg, …), the maps of control and their small
 * panels (/maps/control-1988.svg, /maps/control-1988-small.svg). Pages draw
 * them with `<use>` (src/lib/map-file.ts), so that the geometry is not in the
 * page's HTML and is cached across pages.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import * as geo from '../../data/geo/index.ts';
import { MAPS, type MapSpec } from '../../data/maps.ts';
import { CONTROL_MAPS, type ControlMapSpec } from '../../data/control-maps.ts';
import { controlFileId, controlMapDrawing, referenceMap } from '../../lib/map-drawings.ts';
import { mapFile } from '../../lib/map-file.ts';
import { loadSite } from '../../lib/site.ts';

type Props = { reference: MapSpec } | { control: ControlMapSpec; small: boolean };

export const getStaticPaths = (() => [
  ...MAPS.map((spec) => ({ params: { id: spec.id }, props: { reference: spec } as Props })),
  ...CONTROL_MAPS.flatMap((spec) =>
    [false, true].map((small) => ({
      params: { id: controlFileId(spec.id, small) },
      props: { control: spec, small } as Props,
    })),
  ),
]) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = async ({ props }) => {
  const { places } = (await loadSite()).byId;
  // The pattern ids belong to the page's <use> elements, not to the file.
  const drawing =
    'reference' in props
      ? referenceMap(props.reference, places, geo, '')
      : controlMapDrawing(props.control, places, geo, '', props.small);
  return new Response(mapFile(drawing), { headers: { 'Content-Type': 'image/svg+xml' } });
};
