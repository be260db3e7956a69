import { describe, expect, it } from 'vitest';
import { variantOf } from '../../domain/audience/index.js';
import { campaignIdFor, campaignNotificationId } from '../../features/push/campaigns/index.js';
import { signUp, type SignedUp } from '../support/api.js';
import { useSendingBackend } from '../support/push/sendingBackend.js';

/** A device in the campaign's segment (android, app 2.x, Brazil) unless `out`. */
const campaignDevice = (n: number, out = false) => ({
  platform: 'android',
  pushToken: `fcm-campaign-token-${n}`,
  appVersion: out ? '1.9.9' : '2.1.0',
  locale: 'pt-BR',
  timezone: 'America/Sao_Paulo',
});
const segment = { platforms: ['android'], appVersion: { min: '2.0' }, countries: ['BR'] };
const variants = [
  { name: 'a', percent: 50, title: 'Oferta A', body: 'Corpo A' },
  { name: 'b', percent: 50, title: 'Oferta B', body: 'Corpo B' },
];
const campaign = (extra: Record<string, unknown> = {}) => ({
  name: 'Promo',
  audience: { segment },
  category: 'news',
  variants,
  schedule: { type: 'now' },
  ...extra,
});

describe('campaigns: admins send to a segment with A/B variants, scheduled, throttled, cancellable', () => {
  const fx = useSendingBackend();
  const post = (path: string, body: unknown, token: string, key?: string) =>
    fx.client().post<Record<string, unknown>>(path, body, {
      token,
      headers: key ? { 'idempotency-key': key } : {},
    });

  it('refuses non-admins (403), schedules in the past, unknown topics and templates, bad percentages (422), appending nothing', async () => {
    const admin = fx.admin();
    const refused = async (
      body: unknown,
      status: number,
      slug: string,
      key: string,
      token = admin.accessToken,
    ) => {
      const r = await post('/v1/admin/campaigns', body, token, key);
      expect(r.status, r.raw.toString()).toBe(status);
      expect(r.headers.get('content-type')).toContain('application/problem+json');
      expect(r.body.type).toContain(slug);
      const user = token === admin.accessToken ? admin.userId : fx.ann().userId;
      expect(await fx.store().readStream(`campaign-${campaignIdFor(user, key)}`)).toEqual([]);
      return r.body;
    };
    await refused(campaign(), 403, 'forbidden', 'r1', fx.ann().accessToken);
    expect(
      (await post('/v1/admin/campaigns/preview', { audience: { segment } }, fx.ann().accessToken)).status,
    ).toBe(403);
    expect((await fx.client().get('/v1/admin/campaigns', { token: fx.ann().accessToken })).status).toBe(403);
    expect(
      (
        await fx
          .client()
          .delete(`/v1/admin/campaigns/${campaignIdFor(admin.userId, 'x')}`, { token: fx.ann().accessToken })
      ).status,
    ).toBe(403);
    const past = await refused(
      campaign({ schedule: { type: 'at', at: '2020-01-01T00:00:00Z' } }),
      422,
      'invalid-campaign',
      'r2',
    );
    expect(past.problems).toEqual([expect.objectContaining({ pointer: '/schedule' })]);
    const topic = await refused(campaign({ audience: { topic: 'sport' } }), 422, 'invalid-campaign', 'r3');
    expect(topic.problems).toEqual([expect.objectContaining({ pointer: '/audience/topic' })]);
    await refused(campaign({ audience: { segment: { topic: 'sport' } } }), 422, 'invalid-campaign', 'r4');
    const percent = await refused(
      campaign({ variants: [{ ...variants[0], percent: 60 }, variants[1]] }),
      422,
      'invalid-campaign',
      'r5',
    );
    expect(percent.problems).toEqual([expect.objectContaining({ pointer: '/variants' })]);
    await refused(
      campaign({ variants: [{ name: 'a', percent: 100, template: { name: 'no-such-template' } }] }),
      422,
      'unknown-template',
      'r6',
    );
    await refused(
      campaign({ audience: { segment: { lastSeenWithinDays: 0 } } }),
      422,
      'invalid-campaign',
      'r7',
    );
    await refused(
      campaign({ schedule: { type: 'localTime', date: '2020-01-01', time: '09:00' } }),
      422,
      'invalid-campaign',
      'r8',
    );
    await refused(campaign({ throttlePerMinute: 0 }), 400, 'validation', 'r9');
    await refused({ ...campaign(), name: 'x\u0000'.repeat(300) }, 400, 'validation', 'r10');
    // The send API refuses the same segments.
    const send = await fx.send({
      audience: { segment: { topic: 'sport' } },
      title: 't',
      body: 'b',
      category: 'news',
    });
    expect(send.status).toBe(422);
  });

  it('a campaign `now` to a segment reaches each matching device once, with its user’s variant; statistics add up; preview counts it', async () => {
    const admin = fx.admin();
    const users: SignedUp[] = [];
    const devices = new Map<string, string>();
    for (let n = 0; n < 12; n++) {
      const user = await signUp(fx.client(), `Camp ${n}`);
      users.push(user);
      const r = await fx.client().post<{ id: string }>('/v1/devices', campaignDevice(n, n >= 10), {
        token: user.accessToken,
      });
      expect(r.status).toBe(201);
      if (n < 10) devices.set(r.body.id, user.userId);
    }
    await expect
      .poll(
        async () =>
          (await post('/v1/admin/campaigns/preview', { audience: { segment } }, admin.accessToken)).body,
        {
          timeout: 20_000,
        },
      )
      .toEqual({ devices: 10, users: 10 });
    // Each device was seen when it registered, just now.
    const recent = { ...segment, lastSeenWithinDays: 1 };
    expect(
      (await post('/v1/admin/campaigns/preview', { audience: { segment: recent } }, admin.accessToken)).body,
    ).toEqual({ devices: 10, users: 10 });
    const created = await post('/v1/admin/campaigns', campaign(), admin.accessToken, 'promo-1');
    expect(created.status, created.raw.toString()).toBe(201);
    const id = created.body.id as string;
    expect(id).toBe(campaignIdFor(admin.userId, 'promo-1'));
    // A retry creates nothing more.
    expect((await post('/v1/admin/campaigns', campaign(), admin.accessToken, 'promo-1')).body.id).toBe(id);
    const ids = { a: campaignNotificationId(id, 0, 'a'), b: campaignNotificationId(id, 0, 'b') };
    const outbox = () =>
      fx
        .knex()('push_outbox')
        .where('notification_id', 'like', `${ids.a}:%`)
        .orWhere('notification_id', 'like', `${ids.b}:%`)
        .select<{ notification_id: string; device_id: string; title: string }[]>(
          'notification_id',
          'device_id',
          'title',
        );
    await expect.poll(async () => (await outbox()).length, { timeout: 30_000 }).toBe(10);
    const rows = await outbox();
    expect(new Set(rows.map((r) => r.device_id))).toEqual(new Set(devices.keys()));
    for (const r of rows) {
      const variant = variantOf(id, devices.get(r.device_id)!, variants).name as 'a' | 'b';
      expect(r.notification_id).toBe(`${ids[variant]}:${r.device_id}`);
      expect(r.title).toBe(variant === 'a' ? 'Oferta A' : 'Oferta B');
    }
    const stream = await fx.store().readStream(`campaign-${id}`);
    expect(stream.map((e) => e.type)).toEqual(['CampaignCreated', 'CampaignWaveStarted']);
    const read = () =>
      fx.client().get<{
        status: string;
        statistics: { targeted: number; sent: number; pending: number };
        variants: Record<string, { targeted: number; sent: number }>;
      }>(`/v1/admin/campaigns/${id}`, { token: admin.accessToken });
    await expect
      .poll(async () => (await read()).body.statistics, { timeout: 30_000 })
      .toMatchObject({
        targeted: 10,
        sent: 10,
        pending: 0,
      });
    const view = (await read()).body;
    expect(view.status).toBe('started');
    expect(view.variants.a!.sent + view.variants.b!.sent).toBe(10);
    const expectedA = [...devices.values()].filter((u) => variantOf(id, u, variants).name === 'a').length;
    expect(view.variants.a!.sent).toBe(expectedA);
    const list = await fx
      .client()
      .get<{ items: { id: string }[] }>('/v1/admin/campaigns', { token: admin.accessToken });
    expect(list.body.items.map((c) => c.id)).toContain(id);
    // A transactional send to the same segment reaches the same devices.
    const sent = await fx.send({ audience: { segment }, title: 'Olá', body: 'Tudo bem?', category: 'news' });
    expect(sent.status, sent.raw.toString()).toBe(202);
    await expect
      .poll(
        async () =>
          (
            await fx
              .knex()('push_outbox')
              .where('notification_id', 'like', `${sent.body.id}:%`)
              .select<{ device_id: string }[]>('device_id')
          )
            .map((r) => r.device_id)
            .sort(),
        { timeout: 30_000 },
      )
      .toEqual([...devices.keys()].sort());
    // Sent: a cancel now changes nothing more than the campaign's status.
    expect((await fx.client().delete(`/v1/admin/campaigns/${id}`, { token: admin.accessToken })).status).toBe(
      200,
    );
  });

  it('a campaign cancelled before its time never sends; an unknown one is 404', async () => {
    const admin = fx.admin();
    const at = new Date(Date.now() + 3_600_000).toISOString();
    const created = await post(
      '/v1/admin/campaigns',
      campaign({ schedule: { type: 'at', at } }),
      admin.accessToken,
    );
    expect(created.status, created.raw.toString()).toBe(201);
    const id = created.body.id as string;
    const cancelled = await fx.client().delete(`/v1/admin/campaigns/${id}`, { token: admin.accessToken });
    expect(cancelled.status).toBe(200);
    expect((await fx.store().readStream(`campaign-${id}`)).map((e) => e.type)).toEqual([
      'CampaignCreated',
      'CampaignCancelled',
    ]);
    await expect
      .poll(
        async () =>
          (
            await fx
              .client()
              .get<{ status: string }>(`/v1/admin/campaigns/${id}`, { token: admin.accessToken })
          ).body.status,
        {
          timeout: 20_000,
        },
      )
      .toBe('cancelled');
    const unknown = await fx.client().delete(`/v1/admin/campaigns/${campaignIdFor(admin.userId, 'none')}`, {
      token: admin.accessToken,
    });
    expect(unknown.status).toBe(404);
  });
});
