export type {
  AppendResult,
  EventFilter,
  EventMetadata,
  EventStore,
  ExpectedVersion,
  NewEvent,
  ReadAllOptions,
  ReadAllResult,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
  StreamAppend,
} from './EventStore.js';
export { WrongExpectedVersionError, IdempotencyMismatchError } from './errors.js';
export { streamName, parseStreamName } from './streamName.js';
export type { Snapshot, SnapshotStore } from './SnapshotStore.js';
export { PostgresSnapshotStore, PostgresEventStore } from './postgres/index.js';
export { MappingEventStore } from './MappingEventStore.js';
export { UpcastingEventStore } from './UpcastingEventStore.js';
