import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, type Api } from '../support/api.js';
import { startLocalSmtp, type LocalSmtp } from '../support/localSmtp.js';
import { mailbox, type Mailbox } from '../support/mailbox.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';

interface Signed {
  accessToken: string;
  refreshToken: string;
  deviceId?: string;
  position: number;
  user: { id: string };
}
interface Listed {
  id: string;
  name: string | null;
  fingerprint: string | null;
  signInMethod: string | null;
  current: boolean;
  lastSeenAt: string;
  model: string | null;
  osVersion: string | null;
}

const password = 'correct horse battery staple';
const install = (platform: 'ios' | 'android' | 'web', pushToken: string) => ({
  installationId: randomUUID(),
  platform,
  model: platform === 'ios' ? 'iPhone15,2' : 'Pixel 8',
  osVersion: '17.4',
  appVersion: '2.3.0',
  locale: 'en-GB',
  timezone: 'Europe/London',
  pushToken,
});

describe('devices: sign-in binds a device; list, rename, revoke; the new sign-in alert', () => {
  let backend: TestBackend;
  let smtp: LocalSmtp;
  let mail: Mailbox;
  let client: Api;

  beforeAll(async () => {
    smtp = await startLocalSmtp();
    mail = mailbox(smtp);
    backend = await startTestBackend('embedded', { env: { SMTP_URL: smtp.url } });
    client = api(backend.url);
  }, 60_000);
  afterAll(async () => {
    await backend.stop();
    await smtp.close();
  });

  const pushesTo = (deviceId: string) =>
    backend.process.infra.db
      .knex('push_outbox')
      .where({ device_id: deviceId })
      .orderBy('id')
      .select<{ kind: string; body: string; data: Record<string, string> }[]>('kind', 'body', 'data');
  const list = async (token: string, position: number) =>
    (await client.get<{ devices: Listed[] }>(`/v1/devices?min_position=${position}`, { token })).body.devices;
  async function passwordless(email: string, device: ReturnType<typeof install>): Promise<Signed> {
    const before = mail.count();
    await client.post('/v1/auth/passwordless/start', { email });
    const code = mail.codeIn(await mail.mailTo(email, /sign-in code/, before));
    const signed = await client.post<Signed>('/v1/auth/passwordless/verify', { email, code, device });
    expect(signed.status).toBe(200);
    return signed.body;
  }

  it('when a user signs in on a second device by any method, the first should be alerted, naming the method', async () => {
    const email = `${randomUUID()}@example.com`;
    const phone = install('ios', 'phone-push');
    const registered = await client.post<Signed>('/v1/auth/register', {
      email,
      password,
      displayName: 'Dev Ice',
      device: phone,
    });
    expect(registered.status).toBe(201);
    const phoneId = registered.body.deviceId!;
    expect(phoneId).toBeDefined();

    const tablet = await passwordless(email, install('android', 'tablet-push'));
    expect(tablet.deviceId).not.toBe(phoneId);
    await expect.poll(async () => (await pushesTo(phoneId)).length, { timeout: 20_000 }).toBe(1);
    const [alert] = await pushesTo(phoneId);
    expect(alert).toMatchObject({
      kind: 'new_sign_in',
      data: { newDeviceId: tablet.deviceId, method: 'email_code' },
    });
    expect(alert!.body).toContain('emailed code');

    const devices = await list(tablet.accessToken, tablet.position);
    expect(devices.map((d) => d.id).sort()).toEqual([phoneId, tablet.deviceId].sort());
    const mine = devices.find((d) => d.current)!;
    expect(mine).toMatchObject({
      id: tablet.deviceId,
      signInMethod: 'email_code',
      model: 'Pixel 8',
      osVersion: '17.4',
    });
    expect(mine.fingerprint).toMatch(/^[0-9a-f]{32}$/);
  });

  it('when the same install signs in again, it should stay one device, and its previous session should end', async () => {
    const email = `${randomUUID()}@example.com`;
    const phone = install('ios', 'p');
    const first = await client.post<Signed>('/v1/auth/register', {
      email,
      password,
      displayName: 'A',
      device: phone,
    });
    const again = await client.post<Signed>('/v1/auth/login', { email, password, device: phone });
    expect(again.status).toBe(200);
    expect(again.body.deviceId).toBe(first.body.deviceId);
    expect((await client.post('/v1/auth/refresh', { refreshToken: first.body.refreshToken })).status).toBe(
      401,
    );
    expect((await client.get('/v1/devices', { token: first.body.accessToken })).status).toBe(401);
    const refreshed = await client.post<{ accessToken: string }>('/v1/auth/refresh', {
      refreshToken: again.body.refreshToken,
    });
    expect(refreshed.status).toBe(200);
    const devices = await list(refreshed.body.accessToken, again.body.position);
    expect(devices).toHaveLength(1);
    expect(devices[0]).toMatchObject({ id: first.body.deviceId, current: true });
  });

  it('when a device is renamed and another revoked, the list should show it; the revoked one is signed out and gets no pushes', async () => {
    const email = `${randomUUID()}@example.com`;
    const phone = await client.post<Signed>('/v1/auth/register', {
      email,
      password,
      displayName: 'B',
      device: install('ios', 'phone'),
    });
    // A web device's pushToken is its Web Push subscription's JSON (anything else is refused).
    const laptopInstall = install(
      'web',
      JSON.stringify({
        endpoint: `https://push.example/${randomUUID()}`,
        keys: {
          p256dh: Buffer.alloc(65, 4).toString('base64url'),
          auth: Buffer.alloc(16, 1).toString('base64url'),
        },
      }),
    );
    const laptop = (await client.post<Signed>('/v1/auth/login', { email, password, device: laptopInstall }))
      .body;
    const renamed = await client.patch(
      `/v1/devices/${phone.body.deviceId}`,
      { name: "B's phone" },
      { token: laptop.accessToken },
    );
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: "B's phone" });

    const revoked = await client.delete<{ position: number }>(`/v1/devices/${laptop.deviceId}`, {
      token: phone.body.accessToken,
    });
    expect(revoked.status).toBe(200);
    expect((await client.get('/v1/devices', { token: laptop.accessToken })).status).toBe(401);
    expect((await client.post('/v1/auth/refresh', { refreshToken: laptop.refreshToken })).status).toBe(401);
    const devices = await list(phone.body.accessToken, revoked.body.position);
    expect(devices.map((d) => [d.id, d.name])).toEqual([[phone.body.deviceId, "B's phone"]]);

    // A third install signs in: only the phone is told; the revoked laptop gets nothing.
    const watch = (
      await client.post<Signed>('/v1/auth/login', { email, password, device: install('android', 'w') })
    ).body;
    await expect.poll(async () => (await pushesTo(phone.body.deviceId!)).length, { timeout: 20_000 }).toBe(2);
    expect((await pushesTo(phone.body.deviceId!)).map((p) => p.data.newDeviceId)).toEqual([
      laptop.deviceId,
      watch.deviceId,
    ]);
    expect(await pushesTo(laptop.deviceId!)).toHaveLength(0);

    // The revoked install signs in again: it is registered again, and the others are alerted.
    const back = (await client.post<Signed>('/v1/auth/login', { email, password, device: laptopInstall }))
      .body;
    expect(back.deviceId).toBe(laptop.deviceId);
    await expect.poll(async () => (await pushesTo(phone.body.deviceId!)).length, { timeout: 20_000 }).toBe(3);
    expect((await list(back.accessToken, back.position)).map((d) => d.id)).toContain(laptop.deviceId);
  });

  it("when another user's device is named, rename and revoke should answer 404 and change nothing", async () => {
    const owner = await client.post<Signed>('/v1/auth/register', {
      email: `${randomUUID()}@example.com`,
      password,
      displayName: 'Owner',
      device: install('ios', 'o'),
    });
    const other = await client.post<Signed>('/v1/auth/register', {
      email: `${randomUUID()}@example.com`,
      password,
      displayName: 'Other',
    });
    const id = owner.body.deviceId!;
    expect(
      (await client.patch(`/v1/devices/${id}`, { name: 'mine now' }, { token: other.body.accessToken }))
        .status,
    ).toBe(404);
    expect((await client.delete(`/v1/devices/${id}`, { token: other.body.accessToken })).status).toBe(404);
    expect((await client.post('/v1/auth/refresh', { refreshToken: owner.body.refreshToken })).status).toBe(
      200,
    );
    expect(await list(other.body.accessToken, owner.body.position)).toEqual([]);
  });

  it('when a device fingerprint tries too many sign-ins, that device should be limited, not the whole address space', async () => {
    const limited = await startTestBackend('embedded', { env: { RATE_LIMIT_MULTIPLIER: '1' } });
    try {
      const c = api(limited.url);
      const device = install('android', 'x');
      for (let i = 0; i < 20; i++) {
        const attempt = await c.post('/v1/auth/login', {
          email: `${randomUUID()}@example.com`,
          password,
          device,
        });
        expect(attempt.status).toBe(401);
      }
      const blocked = await c.post('/v1/auth/login', {
        email: `${randomUUID()}@example.com`,
        password,
        device,
      });
      expect(blocked.status).toBe(429);
      expect(blocked.headers.get('ratelimit-limit')).toBe('20');
      expect(blocked.body.detail).toContain('login-device');
      const otherDevice = await c.post('/v1/auth/login', {
        email: `${randomUUID()}@example.com`,
        password,
        device: install('android', 'y'),
      });
      expect(otherDevice.status).toBe(401);
    } finally {
      await limited.stop();
    }
  });
});
