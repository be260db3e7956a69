import { expect, it } from 'vitest';
import { iosDevice, signUp, type FeedJson } from '../support/api.js';
import { describeOnBackends } from '../support/describeOnBackends.js';

describeOnBackends('commands through the API', (on) => {
  it('when one account signs in many times at once, every sign-in should succeed and the user stream should not grow', async (ctx) => {
    const backend = on.backend();
    if (!backend) return ctx.skip();
    const client = on.client();
    const user = await signUp(client, 'Busy');
    const stream = `user-${user.userId}`;
    const before = (await backend.process.infra.store.readStream(stream)).length;
    const statuses = await Promise.all(
      Array.from({ length: 24 }, async (_, i) => {
        const login = await client.post('/v1/auth/login', {
          email: user.email,
          password: 'correct horse battery staple',
          // Half of them from devices of their own (each then also writes its device's stream).
          ...(i % 2
            ? {
                device: {
                  installationId: `install-${i}`,
                  platform: 'ios',
                  appVersion: '1.0.0',
                  locale: 'en-GB',
                  timezone: 'Europe/London',
                },
              }
            : {}),
        });
        return login.status;
      }),
    );
    expect(statuses).toEqual(Array.from({ length: 24 }, () => 200));
    expect((await backend.process.infra.store.readStream(stream)).length).toBe(before);
  });

  it('when a user registers and signs in, both should return tokens and the same user', async (ctx) => {
    const backend = on.backend();
    if (!backend) return ctx.skip();
    const client = on.client();
    const user = await signUp(client, 'Ann');
    const login = await client.post<{
      user: { id: string; displayName: string };
      accessToken: string;
      position: number;
      version: number;
    }>('/v1/auth/login', { email: user.email.toUpperCase(), password: 'correct horse battery staple' });
    expect(login.status).toBe(200);
    expect(login.body.user).toMatchObject({ id: user.userId, displayName: 'Ann' });
    expect(login.body.accessToken.split('.')).toHaveLength(3);
    // The user stream: UserRegistered (0), EmailVerificationRequested (1); the sign-in is
    // recorded on its session's stream, not here.
    expect(login.body.version).toBe(1);
    expect(login.body.position).toBeGreaterThan(0);

    const wrong = await client.post('/v1/auth/login', { email: user.email, password: 'not the password' });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('content-type')).toContain('application/problem+json');
    const unknown = await client.post('/v1/auth/login', {
      email: 'nobody@example.com',
      password: 'whatever it is',
    });
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual({ ...wrong.body, instance: '/v1/auth/login' });

    const duplicate = await client.post('/v1/auth/register', {
      email: user.email,
      password: 'another password 1',
      displayName: 'X',
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.type).toBe('/problems/email-taken');
  });

  it('when devices are registered, changed and removed, the feed should show upserts then a tombstone', async (ctx) => {
    const backend = on.backend();
    if (!backend) return ctx.skip();
    const client = on.client();
    const user = await signUp(client, 'Bea');
    const created = await client.post<{ id: string; version: number; position: number }>(
      '/v1/devices',
      iosDevice,
      { token: user.accessToken },
    );
    expect(created.status).toBe(201);
    // DeviceRegistered, then PushTargetRegistered for its token.
    expect(created.body).toMatchObject({ ...iosDevice, version: 1 });
    expect(created.headers.get('location')).toBe(`/v1/devices/${created.body.id}`);

    const first = await client.get<FeedJson>(`/v1/feed?min_position=${created.body.position}`, {
      token: user.accessToken,
    });
    expect(first.status).toBe(200);
    expect(first.body.changes?.map((c) => c.collection)).toEqual(['profile', 'devices']);
    expect(first.body.changes?.[0]?.profile).toMatchObject({
      id: user.userId,
      displayName: 'Bea',
      email: user.email,
    });
    expect(first.body.changes?.[1]?.device).toMatchObject({
      id: created.body.id,
      platform: 'ios',
      locale: 'en-GB',
    });

    const patched = await client.patch<{ version: number; position: number; locale: string }>(
      `/v1/devices/${created.body.id}`,
      { locale: 'fr-FR' },
      { token: user.accessToken, headers: { 'if-match': '"1"' } },
    );
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ version: 2, locale: 'fr-FR' });
    const stale = await client.patch(
      `/v1/devices/${created.body.id}`,
      { locale: 'de-DE' },
      { token: user.accessToken, headers: { 'if-match': '"1"' } },
    );
    expect(stale.status).toBe(412);

    const second = await client.get<FeedJson>(
      `/v1/feed?cursor=${first.body.nextCursor}&min_position=${patched.body.position}`,
      { token: user.accessToken },
    );
    expect(second.body.changes).toHaveLength(1);
    expect(second.body.changes?.[0]).toMatchObject({
      collection: 'devices',
      version: '2',
      device: { locale: 'fr-FR' },
    });

    const removed = await client.delete<{ position: number; version: number }>(
      `/v1/devices/${created.body.id}`,
      { token: user.accessToken },
    );
    expect(removed.status).toBe(200);
    expect(removed.body.version).toBe(3);
    const third = await client.get<FeedJson>(
      `/v1/feed?cursor=${second.body.nextCursor}&min_position=${removed.body.position}`,
      { token: user.accessToken },
    );
    expect(third.body.changes?.[0]).toMatchObject({ id: created.body.id, tombstone: {} });
    expect(third.body.changes?.[0]?.tombstone?.deletedAt).toMatch(/^\d{4}-/);
  });

  it('when a command is retried with the same Idempotency-Key, it should append nothing new and answer the same', async (ctx) => {
    const backend = on.backend();
    if (!backend) return ctx.skip();
    const client = on.client();
    const user = await signUp(client);
    const headers = { 'idempotency-key': 'register-phone-1' };
    const first = await client.post<{ id: string; version: number; position: number }>(
      '/v1/devices',
      iosDevice,
      { token: user.accessToken, headers },
    );
    const again = await client.post<{ id: string; version: number; position: number }>(
      '/v1/devices',
      iosDevice,
      { token: user.accessToken, headers },
    );
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    const events = await backend.process.infra.store.readStream(`device-${first.body.id}`);
    expect(events.map((e) => e.type)).toEqual(['DeviceRegistered', 'PushTargetRegistered']);
  });

  it('when a user signs in on a new device, each other device should get exactly one "new sign-in" push', async (ctx) => {
    const backend = on.backend();
    if (!backend) return ctx.skip();
    const client = on.client();
    const user = await signUp(client);
    const phone = await client.post<{ id: string }>(
      '/v1/devices',
      { ...iosDevice, pushToken: 'phone-token' },
      { token: user.accessToken },
    );
    const tablet = await client.post<{ id: string }>(
      '/v1/devices',
      { ...iosDevice, platform: 'android', pushToken: 'tablet-token' },
      { token: user.accessToken },
    );
    const laptop = await client.post<{ id: string }>(
      '/v1/devices',
      {
        ...iosDevice,
        platform: 'web',
        // A web device's pushToken is its Web Push subscription's JSON.
        pushToken: JSON.stringify({
          endpoint: 'https://push.example/laptop',
          keys: {
            p256dh: Buffer.alloc(65, 4).toString('base64url'),
            auth: Buffer.alloc(16, 1).toString('base64url'),
          },
        }),
      },
      { token: user.accessToken },
    );
    const knex = backend.process.infra.db.knex;
    const outbox = () =>
      knex('push_outbox')
        .where({ user_id: user.userId })
        .orderBy('id')
        .select<{ device_id: string; kind: string; data: Record<string, string> }[]>(
          'device_id',
          'kind',
          'data',
        );
    // phone: told of tablet and laptop; tablet: told of laptop; laptop: nothing.
    await expect.poll(async () => (await outbox()).length, { timeout: 20_000 }).toBe(3);
    await new Promise((r) => setTimeout(r, 500));
    const rows = await outbox();
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.kind === 'new_sign_in')).toBe(true);
    const pairs = rows.map((r) => `${r.device_id}<-${r.data.newDeviceId}`).sort();
    expect(pairs).toEqual(
      [
        `${phone.body.id}<-${tablet.body.id}`,
        `${phone.body.id}<-${laptop.body.id}`,
        `${tablet.body.id}<-${laptop.body.id}`,
      ].sort(),
    );
  });
});
