import { describe, expect, it } from 'vitest';
import { deciderSpec } from '../../test/support/deciderSpec.js';
import {
  notificationDecider,
  type NotificationCommand,
  type NotificationEvent,
  type NotificationRequest,
} from './index.js';

const now = '2026-01-01T00:00:00.000Z';
const request: NotificationRequest = {
  notificationId: 'n1',
  audience: { type: 'topic', topic: 'news' },
  content: { type: 'text', title: 'Hi', body: 'There' },
  category: 'marketing',
  payload: {},
  data: {},
  silent: false,
  inbox: true,
  sender: { type: 'apiKey', apiKeyId: 'k1' },
};
const requested: NotificationEvent = { type: 'NotificationRequested', data: { ...request, at: now } };
const pageData = (n: number, after: string | null) => ({
  notificationId: 'n1',
  page: n,
  after,
  userIds: ['u1'],
  devices: 1,
  suppressed: {},
});
const page = (n: number, after: string | null): NotificationCommand => ({
  type: 'RecordFanOutPage',
  data: pageData(n, after),
  metadata: { now },
});
const pageEvent = (n: number, after: string | null): NotificationEvent => ({
  type: 'NotificationFannedOut',
  data: { ...pageData(n, after), at: now },
});
const cancel: NotificationCommand = {
  type: 'CancelNotification',
  data: { notificationId: 'n1' },
  metadata: { now },
};
const { given } = deciderSpec(notificationDecider);

describe('notification stream', () => {
  it('when requested, it should record the request; the same request again, nothing', () => {
    given().when({ type: 'RequestNotification', data: request, metadata: { now } }).thenEvents([requested]);
    expect(
      given(requested).when({ type: 'RequestNotification', data: request, metadata: { now } }).events(),
    ).toEqual([]);
  });

  it('when fan-out pages come in order, it should record each once and end on the last', () => {
    given(requested)
      .when(page(0, 'd9'))
      .thenEvents([pageEvent(0, 'd9')]);
    expect(given(requested, pageEvent(0, 'd9')).when(page(0, 'd9')).events()).toEqual([]);
    given(requested, pageEvent(0, 'd9'))
      .when(page(2, null))
      .thenThrows({ reason: 'fan_out_page_out_of_order' });
    const done = given(requested, pageEvent(0, 'd9'), pageEvent(1, null));
    expect(done.state()).toMatchObject({ status: 'sent', pages: 2, after: null });
    done.when(cancel).thenThrows({ reason: 'notification_sent' });
  });

  it('when cancelled, it should refuse further pages but keep replays quiet', () => {
    const cancelled: NotificationEvent = {
      type: 'NotificationCancelled',
      data: { notificationId: 'n1', at: now },
    };
    given(requested, pageEvent(0, 'd9')).when(cancel).thenEvents([cancelled]);
    given(requested, pageEvent(0, 'd9'), cancelled)
      .when(page(1, null))
      .thenThrows({ reason: 'notification_cancelled' });
    expect(given(requested, pageEvent(0, 'd9'), cancelled).when(page(0, 'd9')).events()).toEqual([]);
    expect(given(requested, cancelled).when(cancel).events()).toEqual([]);
  });

  it('when nothing was requested, it should refuse pages and cancels as not found', () => {
    given().when(page(0, null)).thenThrows({ code: 'not_found' });
    given().when(cancel).thenThrows({ code: 'not_found' });
  });

  it('a page records its time (the pace of a throttled fan-out) and its deferred pushes as held', () => {
    const later = '2026-01-01T00:01:00.000Z';
    const deferred: NotificationEvent = {
      type: 'NotificationFannedOut',
      data: { ...pageData(0, 'd9'), suppressed: { deferred: 2, muted: 1 }, at: later },
    };
    expect(given(requested, deferred).state()).toMatchObject({ pages: 1, lastPageAt: later, held: 2 });
  });

  it('held pushes are released until the notification is cancelled; a sent one with held pushes is still cancellable', () => {
    const deferred: NotificationEvent = {
      type: 'NotificationFannedOut',
      data: { ...pageData(0, null), suppressed: { deferred: 2 }, at: now },
    };
    const release: NotificationCommand = {
      type: 'ReleaseHeldPushes',
      data: { notificationId: 'n1', key: 'k1', devices: 2 },
      metadata: { now },
    };
    const released: NotificationEvent = {
      type: 'NotificationHeldReleased',
      data: { notificationId: 'n1', key: 'k1', devices: 2, at: now },
    };
    given(requested, deferred).when(release).thenEvents([released]);
    expect(given(requested, deferred, released).state()).toMatchObject({ status: 'sent', held: 0 });
    given(requested, deferred, released).when(cancel).thenThrows({ reason: 'notification_sent' });
    const cancelled: NotificationEvent = {
      type: 'NotificationCancelled',
      data: { notificationId: 'n1', at: now },
    };
    given(requested, deferred).when(cancel).thenEvents([cancelled]);
    given(requested, deferred, cancelled).when(release).thenThrows({ reason: 'notification_cancelled' });
    given().when(release).thenThrows({ code: 'not_found' });
  });
});
