export { SyncPusher, SYNC_SETTLE_MS, type SyncPusherDeps } from './SyncPusher.js';
export { SYNC_COLLAPSE_KEY, SYNC_PUSH_KIND, syncPushOf, type SyncTarget } from './syncPushOf.js';
export { SYNC_DEVICES_TABLE } from './syncPushSchema.js';
export { syncPushWorker } from './syncPushWorker.js';
