import type { QueryApiDeps } from '../../query-api/index.js';
import type { SettingsOf } from '../FeatureModule.js';
import type { ConnectionLimits, ConnectionSlot } from './ConnectionLimits.js';
import type { realtimeSettings } from './realtimeSettings.js';

/** What a connection's session works with: the process's dependencies and its own admitted place. */
export interface RealtimeContext {
  deps: QueryApiDeps;
  settings: SettingsOf<typeof realtimeSettings>;
  limits: ConnectionSlot;
}

/** What the stream and the sockets share in one process: the per-user cap that admits each connection. */
export type RealtimeProcess = Omit<RealtimeContext, 'limits'> & { limits: ConnectionLimits };
