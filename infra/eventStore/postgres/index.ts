export { PostgresSnapshotStore } from './PostgresSnapshotStore.js';
export { PostgresEventStore } from './PostgresEventStore.js';
