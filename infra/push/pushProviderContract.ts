import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushNotification, PushProvider } from './PushProvider.js';

/** A notification as the provider's far side (the device service) received it. */
export interface DeliveredPush {
  id: string;
  pushToken: string;
  title: string;
  body: string;
  data: Record<string, string>;
  /**
   * Whether it arrived as a silent push, judged on the wire by the far side: nothing to show
   * (no title or body) and the provider's own marks of a background push (APNs push type
   * `background` with `content-available`; FCM no notification block; Web Push `silent: true`).
   */
  silent: boolean;
}

export interface PushProviderFixture {
  provider: PushProvider;
  /** Everything the far side received so far, in arrival order (repeats included). */
  delivered(): Promise<DeliveredPush[]>;
  /** A token the far side refuses (unknown or malformed). */
  invalidToken: string;
  /** A fresh token the far side accepts (default `token-<uuid>`), and the platform it belongs to. */
  newToken?: () => string;
  platform?: PushNotification['platform'];
  dispose(): Promise<void>;
}

/** A notification with fresh ids and a fresh token, for tests. */
export const aNotification = (overrides: Partial<PushNotification> = {}): PushNotification => ({
  id: `${randomUUID()}:${randomUUID()}`,
  deviceId: randomUUID(),
  userId: randomUUID(),
  platform: 'ios',
  pushToken: `token-${randomUUID()}`,
  kind: 'new_sign_in',
  title: 'New sign-in',
  body: 'Your account was signed in on a new android device.',
  data: { newDeviceId: randomUUID(), platform: 'android' },
  ...overrides,
});

/** The behaviour every PushProvider must show (the recording one, FCM, APNs, Web Push). */
export function describePushProviderContract(
  name: string,
  open: () => Promise<PushProviderFixture | undefined>,
): void {
  describe(`PushProvider contract: ${name}`, () => {
    let fixture: PushProviderFixture | undefined;
    const deliveriesOf = async (id: string) => (await fixture!.delivered()).filter((d) => d.id === id);
    /** A notification with a token and platform of the fixture's provider. */
    const forFixture = (overrides: Partial<PushNotification> = {}) =>
      aNotification({
        ...(fixture?.newToken ? { pushToken: fixture.newToken() } : {}),
        ...(fixture?.platform ? { platform: fixture.platform } : {}),
        ...overrides,
      });
    beforeAll(async () => {
      fixture = await open();
    }, 60_000);
    afterAll(async () => {
      await fixture?.dispose();
    });

    it('when a notification is sent, the far side should receive it as given and the result name it', async (ctx) => {
      if (!fixture) return ctx.skip();
      const n = forFixture();
      const result = await fixture.provider.send(n);
      expect(result).toEqual({ status: 'sent', providerId: expect.any(String) });
      expect(await deliveriesOf(n.id)).toEqual([
        { id: n.id, pushToken: n.pushToken, title: n.title, body: n.body, data: n.data, silent: false },
      ]);
    });

    it('when a silent notification is sent, the far side should receive it silent: its data and nothing to show', async (ctx) => {
      if (!fixture) return ctx.skip();
      const n = forFixture({
        kind: 'sync',
        title: '',
        body: '',
        data: { kind: 'sync', position: '42' },
        silent: true,
      });
      const result = await fixture.provider.send(n);
      expect(result).toEqual({ status: 'sent', providerId: expect.any(String) });
      expect(await deliveriesOf(n.id)).toEqual([
        { id: n.id, pushToken: n.pushToken, title: '', body: '', data: n.data, silent: true },
      ]);
    });

    it('when the same delivery key is sent again, even concurrently, it should be delivered once under one provider id', async (ctx) => {
      if (!fixture) return ctx.skip();
      const n = forFixture();
      const first = await fixture.provider.send(n);
      const repeats = await Promise.all(Array.from({ length: 5 }, () => fixture!.provider.send(n)));
      for (const repeat of repeats) expect(repeat).toEqual(first);
      const fresh = forFixture();
      const concurrent = await Promise.all(Array.from({ length: 5 }, () => fixture!.provider.send(fresh)));
      expect(new Set(concurrent.map((r) => JSON.stringify(r))).size).toBe(1);
      expect(concurrent[0]?.status).toBe('sent');
      expect(await deliveriesOf(n.id)).toHaveLength(1);
      expect(await deliveriesOf(fresh.id)).toHaveLength(1);
    });

    it('when two notifications go to one device, both should be delivered under distinct provider ids', async (ctx) => {
      if (!fixture) return ctx.skip();
      const a = forFixture();
      const b = forFixture({ deviceId: a.deviceId, userId: a.userId, pushToken: a.pushToken });
      const [ra, rb] = [await fixture.provider.send(a), await fixture.provider.send(b)];
      expect(ra.status === 'sent' && rb.status === 'sent' && ra.providerId !== rb.providerId).toBe(true);
      expect(await deliveriesOf(a.id)).toHaveLength(1);
      expect(await deliveriesOf(b.id)).toHaveLength(1);
    });

    it('when the token is refused, the result should say invalid_token and nothing be delivered', async (ctx) => {
      if (!fixture) return ctx.skip();
      const n = forFixture({ pushToken: fixture.invalidToken });
      expect(await fixture.provider.send(n)).toEqual({ status: 'invalid_token' });
      expect(await deliveriesOf(n.id)).toEqual([]);
    });
  });
}
