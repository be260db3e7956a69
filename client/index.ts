export { EventideClient, type ClientOptions } from './EventideClient.js';
export { fetchFeedPage, sendMutations, type FeedPageRequest, type MutationOutcome } from './protocol.js';
export { MemoryStorage, type KeyValueStorage } from './KeyValueStorage.js';
export { HybridClock } from './HybridClock.js';
export { ApiError, NetworkError } from './ApiError.js';
export type { Mutation, NewMutation } from './MutationQueue.js';
export type { FeedChange, SyncedDocument } from './LocalDocuments.js';
export type { Fetch, SignInDevice } from './Session.js';
export { NotificationInbox, type InboxNotification } from './NotificationInbox.js';
export { FeedState } from './FeedState.js';
export { decodeFeedPage, type DecodedFeedPage } from './protocol.js';
export { RealtimeFeed, type FeedTransport, type RealtimeOptions } from './RealtimeFeed.js';
export type { WebSocketConstructor, WebSocketLike } from './WebSocketLike.js';
export { backoffDelay, DEFAULT_BACKOFF, type BackoffPolicy } from './backoffDelay.js';
export { MessageOutbox, type OutboxMessage, type OutboxOptions, type SentMessage } from './MessageOutbox.js';
export {
  Presence,
  type PresenceEvent,
  type PresenceOptions,
  type PresenceStatus,
  type UserPresence,
} from './Presence.js';
export { TypingThrottle, DEFAULT_TYPING_LIMITS, type TypingLimits } from './TypingThrottle.js';
export type { ChatMessageView } from './conversationMessages.js';
export { DeliveryReceipts, type ReceiptOptions } from './DeliveryReceipts.js';
export { SocketCommandChannel } from './SocketCommandChannel.js';
export type { CommandResult, SocketCommand, ServerEvent } from './realtimeFrames.js';
