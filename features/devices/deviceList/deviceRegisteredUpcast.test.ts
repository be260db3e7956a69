import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { handleCommand } from '../../../core/index.js';
import { DEVICE_CATEGORY, deviceDecider, type UpdateDevice } from '../../../domain/device/index.js';
import { EVENT_UPCASTERS } from '../../../domain/upcasting/index.js';
import { streamName, UpcastingEventStore, type RecordedEvent } from '../../../infra/eventStore/index.js';
import { projectionRunnerKit } from '../../../test/support/projectionRunnerKit.js';
import type { Projection } from '../../../projectors/runtime/index.js';
import { devicesProjection } from './devicesProjection.js';

describe('DeviceRegistered v1, upcast on read', () => {
  const kit = projectionRunnerKit();
  const v2 = { osVersion: null, model: null, name: null };

  it('when a device was stored at schema version 1, the decider and the devices projection should both see the v2 shape', async (ctx) => {
    if (!kit.db) return ctx.skip();
    const store = new UpcastingEventStore(kit.store, EVENT_UPCASTERS);
    const [deviceId, userId] = [randomUUID(), randomUUID()];
    const stream = streamName(DEVICE_CATEGORY, deviceId);
    // As stored before the devices list: no os version, model or name; written below the decorator.
    const attributes = { platform: 'ios', pushToken: null, appVersion: '1.0', locale: 'en', timezone: 'UTC' };
    const v1 = { deviceId, userId, ...attributes, registeredAt: '2025-06-01T00:00:00.000Z' };
    await kit.store.append(
      stream,
      [{ id: randomUUID(), type: 'DeviceRegistered', data: v1, metadata: { schemaVersion: 1 } }],
      'no_stream',
    );
    expect((await kit.store.readStream(stream))[0]?.data).not.toHaveProperty('osVersion');
    expect((await store.readStream(stream))[0]).toMatchObject({ data: v2, metadata: { schemaVersion: 2 } });

    // The fold sees null, so clearing what is already unset changes nothing (v1 as stored read undefined).
    const cleared = await handleCommand({
      store,
      decider: deviceDecider,
      stream,
      command: (metadata): UpdateDevice => ({ type: 'UpdateDevice', data: { deviceId, ...v2 }, metadata }),
      context: { commandId: randomUUID(), correlationId: 'upcast', userId, now: new Date() },
    });
    expect(cleared).toMatchObject({ appended: 0, state: { status: 'active', ...v2 } });

    const seen: RecordedEvent[] = [];
    const watched: Projection = {
      ...devicesProjection,
      handle: (event, context) => (seen.push(event), devicesProjection.handle(event, context)),
    };
    kit.runner(watched, { store });
    await expect.poll(() => seen.length, { timeout: 10_000 }).toBe(1);
    expect(seen[0]).toMatchObject({ data: v2, metadata: { schemaVersion: 2 } });
    await expect
      .poll(() => kit.db!.knex('rm_devices_v3').where({ device_id: deviceId }).first(), { timeout: 10_000 })
      .toMatchObject({ os_version: null, model: null, name: null, app_version: '1.0' });
  });

  it('when an event is appended through the upcasting store, it should be stored at its type current schema version', async (ctx) => {
    if (!kit.db) return ctx.skip();
    const store = new UpcastingEventStore(kit.store, EVENT_UPCASTERS);
    const stream = streamName(DEVICE_CATEGORY, randomUUID());
    const event = (type: string) => ({ id: randomUUID(), type, data: {}, metadata: { schemaVersion: 1 } });
    await store.append(stream, [event('DeviceRegistered'), event('DeviceRemoved')], 'no_stream');
    const stored = await kit.store.readStream(stream);
    expect(stored.map((e) => e.metadata.schemaVersion)).toEqual([2, 1]);
  });
});
