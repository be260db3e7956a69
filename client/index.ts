export { EventideClient, type ClientOptions, type MutationOutcome } from './EventideClient.js';
export { MemoryStorage, type KeyValueStorage } from './KeyValueStorage.js';
export { HybridClock } from './HybridClock.js';
export { ApiError, NetworkError } from './ApiError.js';
export type { Mutation, NewMutation } from './MutationQueue.js';
export type { FeedChange, SyncedDocument } from './LocalDocuments.js';
export type { Fetch, SignInDevice } from './Session.js';
