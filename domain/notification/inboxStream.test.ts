import { describe, expect, it } from 'vitest';
import { deciderSpec } from '../../test/support/deciderSpec.js';
import { inboxDecider, type InboxCommand, type InboxEvent } from './index.js';

const now = '2026-01-01T00:00:00.000Z';
const userId = 'u1';
const metadata = { now, userId };
const spec = deciderSpec(inboxDecider);

const markRead = (notificationId: string, position: number): InboxCommand => ({
  type: 'MarkNotificationRead',
  data: { notificationId, position },
  metadata,
});
const readAll = (upTo: number): InboxCommand => ({
  type: 'MarkAllNotificationsRead',
  data: { upTo },
  metadata,
});
const remove = (notificationId: string): InboxCommand => ({
  type: 'DeleteNotification',
  data: { notificationId },
  metadata,
});
const receive = (notificationId: string, deviceId: string): InboxCommand => ({
  type: 'ReportNotificationReceived',
  data: { notificationId, deviceId },
  metadata,
});
const open = (notificationId: string, deviceId: string, position: number | null): InboxCommand => ({
  type: 'ReportNotificationOpened',
  data: { notificationId, deviceId, position },
  metadata,
});

const read = (notificationId: string): InboxEvent => ({
  type: 'NotificationRead',
  data: { userId, notificationId, at: now },
});
const allRead = (upTo: number): InboxEvent => ({
  type: 'AllNotificationsRead',
  data: { userId, upTo, at: now },
});
const deleted = (notificationId: string): InboxEvent => ({
  type: 'NotificationDeleted',
  data: { userId, notificationId, at: now },
});
const received = (notificationId: string, deviceId: string): InboxEvent => ({
  type: 'NotificationReceived',
  data: { userId, notificationId, deviceId, at: now },
});
const opened = (notificationId: string, deviceId: string): InboxEvent => ({
  type: 'NotificationOpened',
  data: { userId, notificationId, deviceId, at: now },
});

describe('inbox decider', () => {
  it('marks a notification read once; again changes nothing', () => {
    spec
      .given()
      .when(markRead('n1', 10))
      .thenEvents([read('n1')]);
    spec.given(read('n1')).when(markRead('n1', 10)).thenEvents([]);
  });

  it('read-all marks up to a position: a notification that landed later can still be read', () => {
    spec
      .given()
      .when(readAll(10))
      .thenEvents([allRead(10)]);
    spec.given(allRead(10)).when(readAll(10)).thenEvents([]);
    spec.given(allRead(10)).when(readAll(7)).thenEvents([]);
    spec.given(allRead(10)).when(markRead('n1', 10)).thenEvents([]);
    spec
      .given(allRead(10))
      .when(markRead('n2', 11))
      .thenEvents([read('n2')]);
    spec
      .given(allRead(10))
      .when(readAll(12))
      .thenEvents([allRead(12)]);
  });

  it('deletes once; a deleted notification is not read again', () => {
    spec
      .given()
      .when(remove('n1'))
      .thenEvents([deleted('n1')]);
    spec.given(deleted('n1')).when(remove('n1')).thenEvents([]);
    spec.given(deleted('n1')).when(markRead('n1', 3)).thenEvents([]);
  });

  it('records a receipt once per device', () => {
    spec
      .given()
      .when(receive('n1', 'd1'))
      .thenEvents([received('n1', 'd1')]);
    spec.given(received('n1', 'd1')).when(receive('n1', 'd1')).thenEvents([]);
    spec
      .given(received('n1', 'd1'))
      .when(receive('n1', 'd2'))
      .thenEvents([received('n1', 'd2')]);
  });

  it('opening reads the inbox notification, once; another device records its own open', () => {
    spec
      .given()
      .when(open('n1', 'd1', 5))
      .thenEvents([read('n1'), opened('n1', 'd1')]);
    spec
      .given(read('n1'), opened('n1', 'd1'))
      .when(open('n1', 'd1', 5))
      .thenEvents([]);
    spec
      .given(read('n1'), opened('n1', 'd1'))
      .when(open('n1', 'd2', 5))
      .thenEvents([opened('n1', 'd2')]);
    spec
      .given(allRead(9))
      .when(open('n1', 'd1', 5))
      .thenEvents([opened('n1', 'd1')]);
  });

  it('opening a notification that is not in the inbox records the open only', () => {
    spec
      .given()
      .when(open('n1', 'd1', null))
      .thenEvents([opened('n1', 'd1')]);
  });

  it('refuses a command without a signed-in user', () => {
    spec
      .given()
      .when({ type: 'MarkAllNotificationsRead', data: { upTo: 1 }, metadata: { now } })
      .thenThrows({ reason: 'unauthenticated' });
  });

  it('its state is plain JSON (it is kept as a snapshot)', () => {
    const state = spec
      .given(read('n1'), allRead(4), deleted('n2'), received('n1', 'd1'), opened('n1', 'd1'))
      .state();
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
    expect(state).toEqual({
      read: { n1: true },
      readAllUpTo: 4,
      deleted: { n2: true },
      received: { 'n1/d1': true },
      opened: { 'n1/d1': true },
    });
  });
});
