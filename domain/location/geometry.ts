/* eslint-disable no-restricted-globals -- Math's trigonometry and rounding are pure functions;
   this file reads no clock and draws no random number (the rule is there for Math.random). */
import type { ReportedPosition } from './livePosition.js';

const EARTH_RADIUS_METRES = 6_371_008.8;
const METRES_PER_DEGREE = 111_320;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in metres between two points (haversine). */
export function distanceMetres(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const dLat = radians(b.lat - a.lat);
  const dLon = radians(b.lon - a.lon);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Coordinates are kept to 6 decimals (about 0.1 m): no floating-point noise from the snapping. */
const round6 = (value: number) => Math.round(value * 1e6) / 1e6 + 0;

/** Wraps a longitude into [-180, 180). */
const wrapLon = (lon: number) => ((((lon + 180) % 360) + 360) % 360) - 180;

/**
 * An approximate share's position: snapped to the centre of a cell about `cellMetres` on a side
 * (latitude in steps of `cellMetres`; longitude in steps that keep the cell as wide in metres at
 * that latitude), with the accuracy widened to the cell and no heading or speed. Every point of a
 * cell gives the same answer, so the precise coordinates never leave the request that sent them.
 */
export function approximatePosition(position: ReportedPosition, cellMetres: number): ReportedPosition {
  const latStep = cellMetres / METRES_PER_DEGREE;
  const lat = Math.max(-90, Math.min(90, Math.round(position.lat / latStep) * latStep));
  const cosine = Math.cos(radians(lat));
  const lonStep = cellMetres / (METRES_PER_DEGREE * Math.max(cosine, 1e-6));
  // Near a pole one cell spans every longitude.
  const lon = lonStep >= 360 ? 0 : wrapLon(Math.round(position.lon / lonStep) * lonStep);
  return {
    lat: round6(lat),
    lon: round6(wrapLon(round6(lon))),
    accuracy: Math.max(position.accuracy ?? 0, cellMetres),
  };
}
