import { identityModule } from '../features/identity/index.js';
import { accountsModule } from '../features/accounts/index.js';
import { sessionsModule } from '../features/sessions/index.js';
import { devicesModule } from '../features/devices/index.js';
import { syncModule } from '../features/sync/index.js';
import { blobsModule } from '../features/blobs/index.js';
import { adminModule } from '../features/admin/index.js';
import { pushModule } from '../features/push/index.js';
import { audienceModule } from '../features/audience/index.js';
import { apiKeysModule } from '../features/apiKeys/index.js';
import { realtimeModule } from '../features/realtime/index.js';
import { messagingModule } from '../features/messaging/index.js';
import { presenceModule } from '../features/presence/index.js';
import { locationModule } from '../features/location/index.js';

/**
 * The composition root's list of capabilities: a new capability is its own folder under
 * features/ and one line here. The order is the order routes are mounted in.
 */
export const featureModules = [
  identityModule,
  accountsModule,
  sessionsModule,
  devicesModule,
  syncModule,
  blobsModule,
  adminModule,
  pushModule,
  audienceModule,
  apiKeysModule,
  realtimeModule,
  messagingModule,
  presenceModule,
  locationModule,
] as const;
