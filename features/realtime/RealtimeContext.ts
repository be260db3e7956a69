import type { QueryApiDeps } from '../../query-api/index.js';
import type { SettingsOf } from '../FeatureModule.js';
import type { ConnectionLimits } from './ConnectionLimits.js';
import type { realtimeSettings } from './realtimeSettings.js';

/** What the stream and the socket share in one process. */
export interface RealtimeContext {
  deps: QueryApiDeps;
  settings: SettingsOf<typeof realtimeSettings>;
  limits: ConnectionLimits;
}
