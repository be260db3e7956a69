import {
  pushTokenOf,
  type DeviceRegistered,
  type DeviceRemoved,
  type DeviceSignedIn,
  type DeviceUpdated,
  type PushTargetInvalidated,
  type PushTargetMoved,
  type PushTargetRegistered,
} from '../../../domain/device/index.js';
import {
  decideDelivery,
  defaultNotificationPreferences,
  securityCategory,
  type NotificationPreferences,
  type NotificationPreferencesSet,
} from '../../../domain/notification/index.js';
import type { SessionRefreshed, SessionRevoked, SessionStarted } from '../../../domain/session/index.js';
import type { SignInMethod, UserErased } from '../../../domain/user/index.js';
import type { PushNotification } from '../../../infra/push/index.js';
import { currentTraceparent } from '../../../platform/observability/index.js';
import { defineProjection } from '../../../projectors/runtime/index.js';
import { PUSH_REQUESTS_TOPIC } from './topics.js';
import { forgetHeldPushes } from './forgetHeldPushes.js';
import { forgetUserDeliveries } from './forgetUserDeliveries.js';
import { deviceSeen, sessionSeen, sessionsEnded } from './notifierLastSeen.js';

const methodNames: Record<SignInMethod, string> = {
  password: 'password',
  email_code: 'emailed code',
  magic_link: 'magic link',
  recovery_code: 'recovery code',
  apple: 'Sign in with Apple',
  google: 'Google',
  facebook: 'Facebook',
  device_key: 'device key',
  passkey: 'passkey',
};

interface TargetRow {
  device_id: string;
  platform: PushNotification['platform'];
  push_token: string;
  apns_environment: 'sandbox' | 'production' | null;
  apns_bundle_id: string | null;
}

/** What the sender needs of a device's target, beside its token: APNs' environment and bundle. */
const apnsOf = (row: TargetRow): Pick<PushNotification, 'apns'> =>
  row.apns_environment || row.apns_bundle_id
    ? {
        apns: {
          ...(row.apns_environment ? { environment: row.apns_environment } : {}),
          ...(row.apns_bundle_id ? { bundleId: row.apns_bundle_id } : {}),
        },
      }
    : {};

/**
 * notifier: keeps its own list of each user's active devices and their push targets and, when a
 * user signs in on a new device (DeviceRegistered), requests a "new sign-in" push to every other
 * device of theirs that has a target. A target moved to another device or refused by its provider
 * (PushTargetMoved, PushTargetInvalidated) is dropped until the device registers one again.
 * Partitioned by user, so one partition sees all of a user's devices. v2 added the APNs
 * environment and bundle and the target events; v3 the users' notification preferences, which
 * every request is decided against (decideDelivery, at the event's time). The new sign-in alert
 * is a security alert: the decision always sends it, whatever the preferences. v4 added each
 * device's locale, time zone and app version (what a send renders in, and campaigns select by);
 * v5 when each device was last seen (notifierLastSeen.ts: segments' `lastSeenWithinDays`).
 */
export const notifierProjection = defineProjection<
  | DeviceRegistered
  | DeviceUpdated
  | DeviceRemoved
  | DeviceSignedIn
  | SessionStarted
  | SessionRefreshed
  | SessionRevoked
  | PushTargetRegistered
  | PushTargetMoved
  | PushTargetInvalidated
  | UserErased
  | NotificationPreferencesSet
>({
  name: 'notifier',
  version: 5,
  handles: [
    'DeviceRegistered',
    'DeviceUpdated',
    'DeviceRemoved',
    'DeviceSignedIn',
    'SessionStarted',
    'SessionRefreshed',
    'SessionRevoked',
    'PushTargetRegistered',
    'PushTargetMoved',
    'PushTargetInvalidated',
    'UserErased',
    'NotificationPreferencesSet',
  ],
  tables: ['notifier_devices', 'notifier_preferences', 'notifier_sessions'],
  // A refresh names no user: it goes by its session's stream (notifierLastSeen.ts copes).
  partitionKey: (event) => (event.type === 'SessionRefreshed' ? event.streamName : String(event.data.userId)),
  async setup(trx, table) {
    await trx.raw(`create table if not exists ${table('notifier_devices')} (
      device_id uuid primary key, user_id uuid not null, platform text not null, push_token text,
      apns_environment text, apns_bundle_id text, active boolean not null, position bigint not null,
      locale text, timezone text, app_version text, last_seen_at timestamptz)`);
    // The fan-out pages a user's devices (users audience) in device id order.
    await trx.raw(`create index if not exists ${table('notifier_devices')}_user
      on ${table('notifier_devices')} (user_id, device_id)`);
    await trx.raw(`create table if not exists ${table('notifier_preferences')} (
      user_id uuid primary key, preferences jsonb not null, position bigint not null)`);
    await trx.raw(`create table if not exists ${table('notifier_sessions')} (
      session_id uuid primary key, device_id uuid, user_id uuid, last_used_at timestamptz not null,
      expires_at timestamptz)`);
    // Tables made before sessions were pruned (notifierLastSeen.ts sessionsEnded) gain the expiry.
    await trx.raw(
      `alter table ${table('notifier_sessions')} add column if not exists expires_at timestamptz`,
    );
    await trx.raw(`create index if not exists ${table('notifier_sessions')}_expires
      on ${table('notifier_sessions')} (expires_at)`);
    await trx.raw(`create index if not exists ${table('notifier_sessions')}_unexpiring
      on ${table('notifier_sessions')} (last_used_at) where expires_at is null`);
  },
  async apply(event, { trx, table, publish }) {
    const t = table('notifier_devices');
    const sessions = { sessions: table('notifier_sessions'), devices: t };
    switch (event.type) {
      case 'UserErased':
        await trx(t).where({ user_id: event.data.userId }).delete();
        await trx(sessions.sessions).where({ user_id: event.data.userId }).delete();
        await trx(table('notifier_preferences')).where({ user_id: event.data.userId }).delete();
        // The sender's ledger is not a read model of its own, so its erasure rides here.
        await forgetUserDeliveries(trx, event.data.userId);
        // So are the pushes held for their quiet hours, in the scheduler's table.
        await forgetHeldPushes(trx, event.data.userId);
        return;
      case 'NotificationPreferencesSet': {
        const p = table('notifier_preferences');
        const row = { preferences: JSON.stringify(event.data.preferences), position: event.position };
        await trx(p)
          .insert({ user_id: event.data.userId, ...row })
          .onConflict('user_id')
          .merge(row)
          .where(`${p}.position`, '<', event.position);
        return;
      }
      case 'DeviceRegistered': {
        const d = event.data;
        const row = {
          user_id: d.userId,
          platform: d.platform,
          push_token: d.pushToken,
          apns_environment: null,
          apns_bundle_id: null,
          active: true,
          locale: d.locale,
          timezone: d.timezone,
          app_version: d.appVersion,
          position: event.position,
        };
        // New, or a revoked install registered again; a replayed event changes nothing (position).
        const inserted = await trx(t)
          .insert({ device_id: d.deviceId, ...row, last_seen_at: event.createdAt })
          .onConflict('device_id')
          .merge({ ...row, last_seen_at: trx.raw(`greatest(${t}.last_seen_at, excluded.last_seen_at)`) })
          .where(`${t}.position`, '<', event.position)
          .returning('device_id');
        if (inserted.length === 0) return;
        const stored = await trx(table('notifier_preferences'))
          .where({ user_id: d.userId })
          .first<{ preferences: NotificationPreferences | string } | undefined>('preferences');
        const preferences =
          typeof stored?.preferences === 'string'
            ? (JSON.parse(stored.preferences) as NotificationPreferences)
            : (stored?.preferences ?? defaultNotificationPreferences);
        // At the event's time, so a rebuild decides as the first run did. Security is uncapped:
        // no recent count is kept yet. Deferring needs the scheduler (a later slice).
        const decision = decideDelivery({
          preferences,
          category: securityCategory,
          channel: 'push',
          now: event.createdAt.toISOString(),
          recentCount: 0,
        });
        if (decision.action !== 'send') return;
        const others = await trx(t)
          .where({ user_id: d.userId, active: true })
          .whereNot({ device_id: d.deviceId })
          .whereNotNull('push_token')
          .select<TargetRow[]>('device_id', 'platform', 'push_token', 'apns_environment', 'apns_bundle_id');
        const requests: PushNotification[] = others.map((o) => ({
          id: `${event.id}:${o.device_id}`,
          deviceId: o.device_id,
          userId: d.userId,
          platform: o.platform,
          pushToken: o.push_token,
          ...apnsOf(o),
          kind: 'new_sign_in',
          title: 'New sign-in',
          body: `Your account was signed in on a new ${d.platform} device${d.signInMethod ? ` (${methodNames[d.signInMethod]})` : ''}.`,
          data: {
            newDeviceId: d.deviceId,
            platform: d.platform,
            eventId: event.id,
            ...(d.signInMethod ? { method: d.signInMethod } : {}),
          },
        }));
        const headers: Record<string, string> = {};
        const traceparent = currentTraceparent() ?? event.metadata.traceparent;
        if (traceparent) headers.traceparent = traceparent;
        await publish(
          PUSH_REQUESTS_TOPIC,
          requests.map((r) => ({
            key: r.deviceId,
            value: JSON.stringify(r),
            headers,
          })),
        );
        return;
      }
      case 'DeviceUpdated': {
        const { locale, timezone, appVersion } = event.data;
        const changes: Record<string, unknown> = { position: event.position };
        if (locale !== undefined) changes.locale = locale;
        if (timezone !== undefined) changes.timezone = timezone;
        if (appVersion !== undefined) changes.app_version = appVersion;
        if (
          event.data.pushToken !== undefined ||
          event.data.platform !== undefined ||
          Object.keys(changes).length > 1
        ) {
          if (event.data.pushToken !== undefined)
            Object.assign(changes, {
              push_token: event.data.pushToken,
              apns_environment: null,
              apns_bundle_id: null,
            });
          if (event.data.platform !== undefined) changes.platform = event.data.platform;
          await trx(t).where({ device_id: event.data.deviceId }).update(changes);
        }
        await deviceSeen(trx, t, event.data.deviceId, event.createdAt);
        return;
      }
      case 'DeviceSignedIn':
        await deviceSeen(trx, t, event.data.deviceId, event.createdAt);
        return;
      case 'SessionStarted':
      case 'SessionRefreshed':
        await sessionSeen(trx, sessions, {
          sessionId: event.data.sessionId,
          at: event.createdAt,
          expiresAt: event.data.expiresAt,
          ...(event.type === 'SessionStarted'
            ? { deviceId: event.data.deviceId, userId: event.data.userId }
            : {}),
        });
        if (event.type === 'SessionStarted')
          await sessionsEnded(trx, sessions.sessions, { before: event.createdAt });
        return;
      case 'SessionRevoked':
        await sessionsEnded(trx, sessions.sessions, { sessionId: event.data.sessionId });
        return;
      case 'PushTargetRegistered': {
        const target = event.data.target ?? null;
        await trx(t)
          .where({ device_id: event.data.deviceId })
          .update({
            push_token: target ? pushTokenOf(target) : null,
            apns_environment: target?.type === 'apns' ? (target.environment ?? null) : null,
            apns_bundle_id: target?.type === 'apns' ? (target.bundleId ?? null) : null,
            position: event.position,
          });
        await deviceSeen(trx, t, event.data.deviceId, event.createdAt);
        return;
      }
      case 'PushTargetMoved':
      case 'PushTargetInvalidated':
        // Nothing is sent to it again, until the device registers a target.
        await trx(t).where({ device_id: event.data.deviceId }).update({
          push_token: null,
          apns_environment: null,
          apns_bundle_id: null,
          position: event.position,
        });
        return;
      case 'DeviceRemoved':
        await trx(t)
          .where({ device_id: event.data.deviceId })
          .update({ active: false, position: event.position });
        return;
    }
  },
});
