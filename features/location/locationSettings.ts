import { z } from 'zod';
import { int } from '../../platform/settings/index.js';
import { MAX_SHARE_SECONDS } from '../../domain/location/index.js';

/** The durations a share may be started for: comma-separated seconds, each up to a week. */
const durations = z
  .string()
  .default('900,3600,28800')
  .transform((value) => value.split(',').map((part) => Number(part.trim())))
  .pipe(z.array(z.number().int().min(1).max(MAX_SHARE_SECONDS)).min(1).max(20));

/** The live-location module's environment variables (README, "Configuration"). */
export const locationSettings = {
  LOCATION_DURATIONS_SECONDS: durations,
  LOCATION_MIN_INTERVAL_SECONDS: int(0, 3600).default(5),
  LOCATION_MIN_DISTANCE_METRES: int(0, 100_000).default(10),
  LOCATION_REFRESH_SECONDS: int(1, 86_400).default(60),
  LOCATION_APPROXIMATE_METRES: int(100, 100_000).default(1000),
};
