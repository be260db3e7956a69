import { describe, expect, it } from 'vitest';
import { campaignNotificationId } from '../../features/push/campaigns/index.js';
import { useSendingBackend } from '../support/push/sendingBackend.js';

describe('a throttled campaign, end to end on the embedded defaults (PGlite, the Postgres-table bus)', () => {
  // Pages of one device: the three devices subscribed to news make three pages at least.
  const fx = useSendingBackend({ PUSH_FANOUT_PAGE_SIZE: '1' });

  it('hands its pages over no faster than the throttle, each wake-up through the scheduler, and reaches every device', async () => {
    const admin = fx.admin();
    const created = await fx.client().post<{ id: string }>(
      '/v1/admin/campaigns',
      {
        name: 'Paced',
        audience: { topic: 'news' },
        category: 'news',
        variants: [{ name: 'a', percent: 100, title: 'Paced', body: 'One at a time' }],
        schedule: { type: 'now' },
        // 60 a minute in pages of 1: a page a second at most.
        throttlePerMinute: 60,
      },
      { token: admin.accessToken, headers: { 'idempotency-key': 'paced-1' } },
    );
    expect(created.status, created.raw.toString()).toBe(201);
    const notificationId = campaignNotificationId(created.body.id, 0, 'a');
    const delivered = () =>
      fx.knex()('push_outbox').where('notification_id', 'like', `${notificationId}:%`).select('device_id');
    await expect.poll(async () => (await delivered()).length, { timeout: 30_000 }).toBe(3);
    expect(new Set((await delivered()).map((r: { device_id: string }) => r.device_id))).toEqual(
      new Set(fx.subscribed),
    );
    const pages = (await fx.store().readStream(`notification-${notificationId}`))
      .filter((e) => e.type === 'NotificationFannedOut')
      .map((e) => e.data as { at: string; devices: number });
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const page of pages) expect(page.devices).toBeLessThanOrEqual(1);
    for (let n = 1; n < pages.length; n++)
      expect(Date.parse(pages[n]!.at) - Date.parse(pages[n - 1]!.at)).toBeGreaterThanOrEqual(1_000);
    // Every page after the first waited on the scheduler, which fired each wake-up once.
    const wakeUps = await fx
      .knex()('scheduled_items')
      .where('key', 'like', `push-fanout:${notificationId}:%`)
      .select<{ status: string }[]>('status');
    expect(wakeUps.length).toBeGreaterThanOrEqual(pages.length - 1);
    expect(wakeUps.every((w) => w.status === 'done')).toBe(true);
  });
});
