import { describe, it } from 'vitest';
import { deciderSpec } from '../../test/support/deciderSpec.js';
import { blockDecider } from './blockDecider.js';
import type { BlockEvent } from './blockEvents.js';
import { receiptDecider } from './receiptDecider.js';
import type { MarkMessages, ReceiptEvent } from './receiptEvents.js';

const at = '2026-01-01T00:00:00.000Z';
const meta = { now: at, userId: 'u-ann' };
const mark = (data: Partial<MarkMessages['data']>): MarkMessages => ({
  type: 'MarkMessages',
  data: { conversationId: 'c-1', lastSeq: 10, ...data },
  metadata: meta,
});
const receipt = (type: ReceiptEvent['type'], upTo: number): ReceiptEvent =>
  ({ type, data: { conversationId: 'c-1', userId: 'u-ann', upTo, at } }) as ReceiptEvent;

describe('receipt decider', () => {
  const spec = deciderSpec(receiptDecider);
  it('moves the delivered and read markers forward only', () => {
    spec
      .given()
      .when(mark({ delivered: 4 }))
      .thenEvents([receipt('MessagesDelivered', 4)]);
    spec
      .given(receipt('MessagesDelivered', 4))
      .when(mark({ delivered: 3 }))
      .thenEvents([]);
    spec
      .given(receipt('MessagesRead', 5))
      .when(mark({ read: 5 }))
      .thenEvents([]);
  });
  it('reading delivers too (one event)', () => {
    spec
      .given()
      .when(mark({ read: 6 }))
      .thenEvents([receipt('MessagesRead', 6)]);
    spec
      .given(receipt('MessagesRead', 6))
      .when(mark({ delivered: 5 }))
      .thenEvents([]);
  });
  it('refuses a marker beyond the last message', () => {
    spec
      .given()
      .when(mark({ read: 11 }))
      .thenThrows({ code: 'invalid', reason: 'beyond_last_message' });
  });
});

describe('block decider', () => {
  const spec = deciderSpec(blockDecider);
  const blocked: BlockEvent = { type: 'UserBlocked', data: { userId: 'u-ann', blockedUserId: 'u-bob', at } };
  const set = (blockedUserId: string, isBlocked: boolean) => ({
    type: 'SetBlock' as const,
    data: { blockedUserId, blocked: isBlocked },
    metadata: meta,
  });
  it('blocks and unblocks once', () => {
    spec.given().when(set('u-bob', true)).thenEvents([blocked]);
    spec.given(blocked).when(set('u-bob', true)).thenEvents([]);
    spec
      .given(blocked)
      .when(set('u-bob', false))
      .thenEvents([{ ...blocked, type: 'UserUnblocked' }]);
    spec.given().when(set('u-bob', false)).thenEvents([]);
  });
  it('refuses blocking yourself', () => {
    spec.given().when(set('u-ann', true)).thenThrows({ reason: 'block_self' });
  });
});
