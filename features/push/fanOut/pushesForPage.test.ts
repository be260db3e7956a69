import { describe, expect, it } from 'vitest';
import {
  defaultNotificationCatalog,
  defaultNotificationPreferences,
  type NotificationPreferences,
  type NotificationRequest,
} from '../../../domain/notification/index.js';
import type { PushTemplate } from '../../../domain/pushTemplate/index.js';
import { pushesForPage } from './pushesForPage.js';
import type { AudienceDevice } from './readAudiencePage.js';

const request: NotificationRequest = {
  notificationId: 'n1',
  audience: { type: 'topic', topic: 'news' },
  content: { type: 'template', template: 'greet', values: { count: 3 } },
  category: 'social',
  payload: { sound: 'default' },
  data: { k: 'v' },
  silent: false,
  inbox: true,
  sender: { type: 'apiKey', apiKeyId: 'k1' },
};
const template: PushTemplate = {
  name: 'greet',
  category: 'social',
  defaultLocale: 'en',
  parameters: { count: { type: 'number' } },
  messages: {
    en: { title: 'Hi {displayName}', body: '{count, plural, one {# message} other {# messages}}' },
    de: { title: 'Hallo {displayName}', body: '{count, plural, one {# Nachricht} other {# Nachrichten}}' },
  },
  payload: { sound: 'chime', channelId: 'social' },
};
const device = (n: number, userId: string, locale?: string): AudienceDevice => ({
  deviceId: `d${n}`,
  userId,
  platform: 'android',
  pushToken: `t${n}`,
  ...(locale ? { locale } : {}),
  timezone: 'Europe/Berlin',
});
const quietAllDay = (action: 'drop' | 'defer'): NotificationPreferences => ({
  timezone: 'Europe/Berlin',
  quietHours: { start: '00:00', end: '23:59' },
  categories: { social: { push: true, inbox: true, quietHours: action, cap: null } },
});
const capped: NotificationPreferences = {
  ...defaultNotificationPreferences,
  categories: {
    social: { push: true, inbox: true, quietHours: 'defer', cap: { max: 2, periodMinutes: 60 } },
  },
};
const now = '2026-03-02T12:00:00.000Z';

describe('pushesForPage', () => {
  it('renders each device in its locale with the profile name, keyed per device, payload fields merged', () => {
    const result = pushesForPage({
      request,
      template,
      catalog: defaultNotificationCatalog,
      devices: [device(1, 'ann', 'de-AT'), device(2, 'bob', 'ja')],
      recipients: new Map([
        ['ann', { preferences: defaultNotificationPreferences, displayName: 'Ann' }],
        ['bob', { preferences: defaultNotificationPreferences, displayName: 'Bob' }],
      ]),
      recent: new Map(),
      now,
    });
    expect(result.suppressed).toEqual({});
    expect(result.userIds).toEqual(['ann', 'bob']);
    expect(result.pushes.map((p) => [p.id, p.title, p.body])).toEqual([
      ['n1:d1', 'Hallo Ann', '3 Nachrichten'],
      ['n1:d2', 'Hi Bob', '3 messages'],
    ]);
    expect(result.pushes[0]).toMatchObject({
      notificationId: 'n1',
      userId: 'ann',
      kind: 'greet',
      sound: 'default',
      channelId: 'social',
      data: { k: 'v', notificationId: 'n1' },
    });
  });

  it('sets the badge to the unread count plus this one where it lands in the inbox', () => {
    const noInbox: NotificationPreferences = {
      ...defaultNotificationPreferences,
      categories: { social: { push: true, inbox: false, quietHours: 'defer', cap: null } },
    };
    const page = (inbox: boolean) =>
      pushesForPage({
        request: { ...request, inbox, content: { type: 'text', title: 't', body: 'b' } },
        template: undefined,
        catalog: defaultNotificationCatalog,
        devices: [device(1, 'ann'), device(2, 'bob'), device(3, 'cy')],
        recipients: new Map([
          ['ann', { preferences: defaultNotificationPreferences }],
          ['bob', { preferences: noInbox }],
        ]),
        recent: new Map(),
        badges: new Map([
          ['ann', 4],
          ['bob', 4],
        ]),
        now,
      });
    // Cy has no count (none given): no badge; Bob keeps the category out of his inbox.
    expect(page(true).pushes.map((p) => p.badge)).toEqual([5, 4, undefined]);
    expect(page(false).pushes.map((p) => p.badge)).toEqual([4, 4, undefined]);
  });

  it('counts what preferences hold back, by reason: muted, quiet hours dropped or deferred, the cap', () => {
    const muted: NotificationPreferences = {
      ...defaultNotificationPreferences,
      categories: { social: { push: false, inbox: true, quietHours: 'defer', cap: null } },
    };
    const result = pushesForPage({
      request: { ...request, content: { type: 'text', title: 't', body: 'b' } },
      template: undefined,
      catalog: defaultNotificationCatalog,
      devices: [
        device(1, 'a'),
        device(2, 'b'),
        device(3, 'b'),
        device(4, 'c'),
        device(5, 'd'),
        device(6, 'e'),
      ],
      recipients: new Map([
        ['a', { preferences: muted }],
        ['b', { preferences: quietAllDay('drop') }],
        ['c', { preferences: quietAllDay('defer') }],
        ['d', { preferences: capped }],
        ['e', { preferences: capped }],
      ]),
      recent: new Map([
        ['d', 2],
        ['e', 1],
      ]),
      now,
    });
    expect(result.suppressed).toEqual({ muted: 1, quiet_hours: 2, deferred: 1, frequency_cap: 1 });
    expect(result.pushes.map((p) => p.deviceId)).toEqual(['d6']);
    // The deferred device's push is rendered and held until 23:59 in Berlin (22:59 UTC).
    expect(result.held).toEqual([
      {
        until: '2026-03-02T22:59:00.000Z',
        push: expect.objectContaining({ id: 'n1:d4', title: 't', userId: 'c' }),
      },
    ]);
    // Muted pushes and quiet hours still reach the inbox (once per user).
    expect(result.userIds).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('sends a security notification whatever the preferences; a deleted template sends nothing', () => {
    const devices = [device(1, 'a')];
    const recipients = new Map([['a', { preferences: quietAllDay('drop') }]]);
    const security = pushesForPage({
      request: { ...request, category: 'security', content: { type: 'text', title: 't', body: 'b' } },
      template: undefined,
      catalog: defaultNotificationCatalog,
      devices,
      recipients,
      recent: new Map(),
      now,
    });
    expect(security.pushes).toHaveLength(1);
    const gone = pushesForPage({
      request: { ...request, category: 'security' },
      template: undefined,
      catalog: defaultNotificationCatalog,
      devices,
      recipients,
      recent: new Map(),
      now,
    });
    expect(gone).toEqual({ pushes: [], held: [], suppressed: { template_deleted: 1 }, userIds: [] });
  });
  it('when the content was sealed with a user erased since (a chat message push), nothing should be sent', () => {
    const erased = {
      ...request,
      content: '[erased]' as unknown as NotificationRequest['content'],
      inbox: false,
      userId: 'sender',
    };
    const result = pushesForPage({
      request: erased,
      template: undefined,
      catalog: defaultNotificationCatalog,
      devices: [device(1, 'ann'), device(2, 'bob')],
      recipients: new Map(),
      recent: new Map(),
      badges: new Map([['ann', 4]]),
      now,
    });
    expect(result).toEqual({ pushes: [], held: [], suppressed: { erased: 2 }, userIds: [] });
  });
});
