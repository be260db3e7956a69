import type { EventStore, SnapshotStore } from '../../infra/eventStore/index.js';

/** What the messaging use cases need: the event store and, for the long streams, snapshots. */
export interface MessagingDeps {
  store: EventStore;
  snapshots?: SnapshotStore | undefined;
}

/** The configured limits (messagingSettings). */
export interface MessagingLimits {
  maxLength: number;
}
