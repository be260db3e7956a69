import { DomainError, eventTypesOf, type Decider } from '../shared/index.js';
import type { MarkMessages, ReceiptEvent, ReceiptState } from './receiptEvents.js';
import { receiptPersonalFields } from './personalFields.js';

const max = (a: number, b: number) => (a > b ? a : b);

function decideReceipts(command: MarkMessages, state: ReceiptState): ReceiptEvent[] {
  const userId = command.metadata.userId;
  if (!userId) throw new DomainError('forbidden', 'forbidden', 'A signed-in user is required');
  const { conversationId, lastSeq } = command.data;
  const at = command.metadata.now;
  const read = command.data.read ?? 0;
  // Reading delivers too.
  const delivered = max(command.data.delivered ?? 0, read);
  if (delivered > lastSeq)
    throw new DomainError('invalid', 'beyond_last_message', `The conversation's last message is ${lastSeq}`);
  const events: ReceiptEvent[] = [];
  if (delivered > state.delivered && delivered > read)
    events.push({ type: 'MessagesDelivered', data: { conversationId, userId, upTo: delivered, at } });
  if (read > state.read)
    events.push({ type: 'MessagesRead', data: { conversationId, userId, upTo: read, at } });
  return events;
}

function evolveReceipts(state: ReceiptState, event: ReceiptEvent): ReceiptState {
  const { upTo } = event.data;
  return event.type === 'MessagesRead'
    ? { read: max(state.read, upTo), delivered: max(state.delivered, upTo) }
    : { ...state, delivered: max(state.delivered, upTo) };
}

export const RECEIPT_CATEGORY = 'conversationReceipts';
/** The receipts stream of one member of one conversation. */
export const receiptStreamId = (conversationId: string, userId: string) => `${conversationId}_${userId}`;

/**
 * A member's delivered-up-to and read-up-to markers: they only move forward. The stream grows
 * with every read, so it is snapshotted.
 */
export const receiptDecider: Decider<MarkMessages, ReceiptEvent, ReceiptState> = {
  eventTypes: eventTypesOf(receiptPersonalFields),
  decide: decideReceipts,
  evolve: evolveReceipts,
  initialState: () => ({ delivered: 0, read: 0 }),
  snapshot: { version: 1, every: 25 },
};
