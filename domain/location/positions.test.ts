import { describe, expect, it } from 'vitest';
import { approximatePosition, distanceMetres } from './geometry.js';
import { throttlePosition } from './throttlePosition.js';

const rules = { minIntervalMs: 5_000, minDistanceMetres: 10, refreshMs: 60_000 };
const t0 = '2026-01-01T10:00:00.000Z';
const after = (ms: number) => Date.parse(t0) + ms;
const paris = { lat: 48.8566, lon: 2.3522 };

describe('distance', () => {
  it('should measure great-circle metres', () => {
    expect(distanceMetres(paris, paris)).toBe(0);
    // Paris to London, about 344 km.
    expect(Math.round(distanceMetres(paris, { lat: 51.5074, lon: -0.1278 }) / 1000)).toBe(344);
    // One thousandth of a degree of latitude, about 111 m.
    expect(Math.round(distanceMetres(paris, { lat: paris.lat + 0.001, lon: paris.lon }))).toBe(111);
  });
});

describe('throttle', () => {
  const last = { ...paris, at: t0 };
  const moved = { lat: paris.lat + 0.001, lon: paris.lon };
  it('when nothing was kept yet, the first update should be kept', () => {
    expect(throttlePosition(undefined, paris, after(0), rules)).toEqual({ store: true });
  });

  it('when an update comes sooner than the interval, it should be dropped with when the next is taken', () => {
    expect(throttlePosition(last, moved, after(4_999), rules)).toEqual({
      store: false,
      reason: 'too_soon',
      acceptAfter: new Date(after(5_000)).toISOString(),
    });
    // A clock behind the one that kept the last position is no licence to write.
    expect(throttlePosition(last, moved, after(-1_000), rules)).toMatchObject({ reason: 'too_soon' });
  });

  it('when an update moved less than the distance, it should be dropped until the refresh', () => {
    const near = { lat: paris.lat + 0.00005, lon: paris.lon }; // about 5.6 m
    expect(throttlePosition(last, near, after(30_000), rules)).toEqual({ store: false, reason: 'too_close' });
    expect(throttlePosition(last, near, after(60_000), rules)).toEqual({ store: true });
    expect(throttlePosition(last, moved, after(5_000), rules)).toEqual({ store: true });
  });
});

describe('approximate position', () => {
  it('should snap every point of a cell to its centre, with the cell as accuracy and no heading or speed', () => {
    const a = approximatePosition({ ...paris, accuracy: 5, heading: 90, speed: 3 }, 1000);
    const b = approximatePosition({ lat: paris.lat + 0.0001, lon: paris.lon - 0.0001 }, 1000);
    expect(a).toEqual(b);
    expect(a).toEqual({ lat: expect.any(Number), lon: expect.any(Number), accuracy: 1000 });
    expect(distanceMetres(a, paris)).toBeLessThan(1000);
    expect(a.lat).not.toBe(paris.lat);
    expect(approximatePosition({ ...paris, accuracy: 5000 }, 1000).accuracy).toBe(5000);
  });

  it('should keep cells about as wide in metres far from the equator, and stay in range', () => {
    const north = approximatePosition({ lat: 70.1, lon: 25.3 }, 1000);
    const east = approximatePosition({ lat: 70.1, lon: 25.3 + 0.03 }, 1000);
    expect(distanceMetres(north, east)).toBeGreaterThan(800);
    expect(distanceMetres(north, east)).toBeLessThan(2000);
    for (const point of [
      { lat: 90, lon: 179.9999 },
      { lat: -89.9999, lon: -180 },
      { lat: 0, lon: 179.9999 },
      { lat: -0.0001, lon: -0.0001 },
    ]) {
      const snapped = approximatePosition(point, 1000);
      expect(snapped.lat).toBeGreaterThanOrEqual(-90);
      expect(snapped.lat).toBeLessThanOrEqual(90);
      expect(snapped.lon).toBeGreaterThanOrEqual(-180);
      expect(snapped.lon).toBeLessThan(180);
      expect(Object.is(snapped.lat, -0) || Object.is(snapped.lon, -0)).toBe(false);
    }
  });
});
