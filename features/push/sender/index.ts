export {
  PushSender,
  DEFAULT_SEND_BATCHES,
  DEFAULT_SEND_BATCH_SIZE,
  DEFAULT_SEND_CONCURRENCY,
} from './PushSender.js';
export { listDeadLetters, replayDeadLetters, isKnownDelivery, type DeadLetter } from './deadLetters.js';
export type { InvalidTokenHandler } from './InvalidTokenHandler.js';
export { DEFAULT_DELIVERY_LEASE_MS } from './deliverOnce.js';
