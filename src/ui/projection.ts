/**
 * A simple equirectangular projection fitted to a set of lon/lat points: the
 * board's bounding box, scaled uniformly into a screen rectangle with margins.
 * (Coastlines and a proper map projection come with the full board.)
 */
export interface LonLat {
  lon: number;
  lat: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Projection {
  project(p: LonLat): { x: number; y: number };
  /** Screen pixels per degree of latitude. */
  pxPerDegree: number;
}

export function fitProjection(points: readonly LonLat[], box: Box): Projection {
  if (points.length === 0) throw new Error('fitProjection needs at least one point');
  const lons = points.map((p) => p.lon);
  const lats = points.map((p) => p.lat);
  const minLon = Math.min(...lons);
  const maxLon = Math.max(...lons);
  const minLat = Math.min(...lats);
  const maxLat = Math.max(...lats);
  // Shrink longitude by the cosine of the middle latitude so shapes keep their proportions.
  const k = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const spanX = Math.max((maxLon - minLon) * k, 1e-6);
  const spanY = Math.max(maxLat - minLat, 1e-6);
  const scale = Math.min(box.width / spanX, box.height / spanY);
  const offsetX = box.x + (box.width - spanX * scale) / 2;
  const offsetY = box.y + (box.height - spanY * scale) / 2;
  return {
    pxPerDegree: scale,
    project: (p) => ({
      x: offsetX + (p.lon - minLon) * k * scale,
      y: offsetY + (maxLat - p.lat) * scale,
    }),
  };
}
