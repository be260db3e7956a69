import { randomUUID } from 'node:crypto';
import type { EventStore, NewEvent, RecordedEvent } from '../../infra/eventStore/index.js';

/** A small seeded PRNG (mulberry32) so a failing history can be replayed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const event = (type: string, data: Record<string, unknown>): NewEvent => ({
  id: randomUUID(),
  type,
  data,
  metadata: { schemaVersion: 1, commandId: randomUUID(), correlationId: randomUUID() },
});

/**
 * Appends a random but valid history of users and their devices straight to the event store:
 * registrations, profile changes, device registrations (some without a push token), updates
 * and removals, from `writers` concurrent writers that each own a set of users.
 */
export async function appendDeviceHistory(
  store: EventStore,
  options: { users: number; events: number; seed: number; writers?: number },
): Promise<void> {
  const writers = options.writers ?? 4;
  const perWriter = Math.ceil(options.events / writers);
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      const random = prng(options.seed + w);
      const users = Array.from({ length: Math.ceil(options.users / writers) }, () => ({
        id: randomUUID(),
        devices: [] as string[],
      }));
      let appended = 0;
      for (const user of users) {
        await store.append(
          `user-${user.id}`,
          [
            event('UserRegistered', {
              userId: user.id,
              email: `${user.id}@example.com`,
              displayName: 'U',
              passwordHash: 'x',
              registeredAt: new Date().toISOString(),
            }),
          ],
          'no_stream',
        );
        appended++;
      }
      while (appended < perWriter) {
        const user = users[Math.floor(random() * users.length)]!;
        const roll = random();
        const now = new Date().toISOString();
        if (roll < 0.45 || user.devices.length === 0) {
          const deviceId = randomUUID();
          user.devices.push(deviceId);
          await store.append(
            `device-${deviceId}`,
            [
              event('DeviceRegistered', {
                deviceId,
                userId: user.id,
                platform: random() < 0.5 ? 'ios' : 'android',
                pushToken: random() < 0.8 ? `tok-${deviceId.slice(0, 8)}` : null,
                appVersion: '1.0',
                locale: 'en',
                timezone: 'UTC',
                registeredAt: now,
              }),
            ],
            'no_stream',
          );
        } else if (roll < 0.75) {
          const deviceId = user.devices[Math.floor(random() * user.devices.length)]!;
          await store.append(
            `device-${deviceId}`,
            [
              event('DeviceUpdated', {
                deviceId,
                userId: user.id,
                pushToken: `tok-${randomUUID().slice(0, 8)}`,
                appVersion: `1.${appended}`,
                updatedAt: now,
              }),
            ],
            'any',
          );
        } else if (roll < 0.9) {
          const index = Math.floor(random() * user.devices.length);
          const [deviceId] = user.devices.splice(index, 1);
          await store.append(
            `device-${deviceId}`,
            [event('DeviceRemoved', { deviceId, userId: user.id, removedAt: now })],
            'any',
          );
        } else {
          await store.append(
            `user-${user.id}`,
            [event('UserProfileUpdated', { userId: user.id, displayName: `U${appended}` })],
            'any',
          );
        }
        appended++;
      }
    }),
  );
}

/** Reads the whole log in order. */
export async function readWholeLog(store: EventStore): Promise<RecordedEvent[]> {
  const all: RecordedEvent[] = [];
  let after = 0;
  for (;;) {
    const page = await store.readAll({ after, limit: 1000 });
    all.push(...page.events);
    if (page.scannedTo === after) return all;
    after = page.scannedTo;
  }
}

/**
 * The "new sign-in" pushes the history calls for, worked out independently of the projector:
 * for each DeviceRegistered, one per other active device of that user holding a push token.
 */
export function expectedNewSignInPushes(log: RecordedEvent[]): Set<string> {
  const devices = new Map<string, { userId: string; token: string | null; active: boolean }>();
  const expected = new Set<string>();
  for (const e of log) {
    const d = e.data as { deviceId: string; userId: string; pushToken?: string | null };
    if (e.type === 'DeviceRegistered') {
      for (const [id, other] of devices) {
        if (other.userId === d.userId && other.active && other.token) expected.add(`${e.id}:${id}`);
      }
      devices.set(d.deviceId, { userId: d.userId, token: d.pushToken ?? null, active: true });
    } else if (e.type === 'DeviceUpdated' && d.pushToken !== undefined) {
      const device = devices.get(d.deviceId);
      if (device) device.token = d.pushToken;
    } else if (e.type === 'DeviceRemoved') {
      const device = devices.get(d.deviceId);
      if (device) device.active = false;
    }
  }
  return expected;
}
