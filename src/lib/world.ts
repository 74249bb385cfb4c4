/**
 * Pure helpers for the wide locator maps of places far from the South
 * Caucasus: where an orthographic globe should look, and compact SVG paths
 * with whole-pixel coordinates.
 */
import {
  geoCircle,
  geoDistance,
  geoInterpolate,
  geoOrthographic,
  geoStream,
  type GeoPermissibleObjects,
  type GeoProjection,
} from 'd3-geo';

const DEGREES = 180 / Math.PI;

export interface WorldView {
  /** [longitude, latitude] the globe is centred on. */
  centre: [number, number];
  /** Degrees of arc from the centre that the map must show, at most 90 (a hemisphere). */
  radius: number;
}

/**
 * A view that shows every point: centred on their mean direction (for two
 * points, half-way between them; for a cluster and an outlier, on the
 * cluster), moved towards any point that would lie nearer the rim than
 * `margin` degrees until it fits; as wide as the points need plus the margin,
 * and never narrower than `minRadius`, so that a reader can recognise the
 * coasts. Throws when no hemisphere holds them all.
 */
export function worldView(points: [number, number][], minRadius = 20, margin = 8): WorldView {
  if (points.length === 0) throw new Error('worldView needs at least one point');
  const vectors = points.map(([lon, lat]) => [
    Math.cos(lat / DEGREES) * Math.cos(lon / DEGREES),
    Math.cos(lat / DEGREES) * Math.sin(lon / DEGREES),
    Math.sin(lat / DEGREES),
  ]);
  const [x, y, z] = [0, 1, 2].map((i) => vectors.reduce((sum, v) => sum + v[i]!, 0));
  let centre: [number, number] = [Math.atan2(y!, x!) * DEGREES, Math.atan2(z!, Math.hypot(x!, y!)) * DEGREES];
  const limit = (90 - margin) / DEGREES;
  const farthest = () => points.reduce((a, b) => (geoDistance(centre, b) > geoDistance(centre, a) ? b : a));
  for (let i = 0; i < 50 && geoDistance(centre, farthest()) > limit + 1e-9; i++) {
    const far = farthest();
    const d = geoDistance(centre, far);
    centre = geoInterpolate(centre, far)((d - limit) / d) as [number, number];
  }
  const reach = geoDistance(centre, farthest()) * DEGREES;
  if (reach > 90 - margin + 1e-6)
    throw new Error(`worldView: no hemisphere shows all ${points.length} points with a ${margin}° margin`);
  return { centre, radius: Math.min(90, Math.max(minRadius, reach + margin)) };
}

/** An orthographic projection of the view, fitted inside a width × height frame (with `pad` units to spare) and clipped to it. */
export function worldProjection(view: WorldView, width: number, height: number, pad = 4): GeoProjection {
  const circle = geoCircle().center(view.centre).radius(view.radius)();
  return geoOrthographic()
    .rotate([-view.centre[0], -view.centre[1]])
    .fitExtent(
      [
        [pad, pad],
        [width - pad, height - pad],
      ],
      circle,
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
}

/**
 * SVG path data for a projected object in whole units, with relative moves:
 * points that round to the one before are dropped, and a ring left with
 * fewer than three points (an island smaller than a pixel or two) with them.
 * At a locator's scale this is the simplification: no vertex the eye could
 * see is lost.
 */
export function integerPath(projection: GeoProjection, object: GeoPermissibleObjects): string {
  const parts: string[] = [];
  let line: [number, number][] = [];
  let polygon = false;
  const lineEnd = () => {
    const [first, last] = [line[0], line.at(-1)];
    if (polygon && line.length > 1 && first![0] === last![0] && first![1] === last![1]) line.pop();
    if (line.length < (polygon ? 3 : 2)) return;
    const steps = line.slice(1).map(([x, y], i) => `${x - line[i]![0]} ${y - line[i]![1]}`);
    parts.push(`M${first![0]} ${first![1]}l${steps.join(' ')}${polygon ? 'z' : ''}`);
  };
  geoStream(
    object,
    projection.stream({
      point(x: number, y: number) {
        const p: [number, number] = [Math.round(x), Math.round(y)];
        const last = line.at(-1);
        if (!last || last[0] !== p[0] || last[1] !== p[1]) line.push(p);
      },
      lineStart() {
        line = [];
      },
      lineEnd,
      polygonStart() {
        polygon = true;
      },
      polygonEnd() {
        polygon = false;
      },
      sphere() {},
    }),
  );
  // A minus sign separates numbers by itself: "3 -2" can be "3-2".
  return parts.join('').replace(/ -/g, '-');
}
