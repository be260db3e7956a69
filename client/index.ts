export { EventideClient, type ClientOptions } from './EventideClient.js';
export { fetchFeedPage, sendMutations, type FeedPageRequest, type MutationOutcome } from './protocol.js';
export { MemoryStorage, type KeyValueStorage } from './KeyValueStorage.js';
export { HybridClock } from './HybridClock.js';
export { ApiError, NetworkError } from './ApiError.js';
export type { Mutation, NewMutation } from './MutationQueue.js';
export type { FeedChange, SyncedDocument } from './LocalDocuments.js';
export type { Fetch, SignInDevice } from './Session.js';
export { NotificationInbox, type InboxNotification } from './NotificationInbox.js';
