import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database } from '../../../infra/postgres/index.js';
import { RecordingPushProvider, type PushProvider, type PushResult } from '../../../infra/push/index.js';
import { aNotification } from '../../../infra/push/pushProviderContract.js';
import { DeliveryInProgressError, deliverOnce } from './deliverOnce.js';
import { PushSender } from './PushSender.js';
import { templatedPglite } from '../../../test/support/pgliteTemplate.js';

const notification = () => aNotification({ platform: 'android', data: {} });

describe('deliverOnce: the push sender ledger', () => {
  let db: Database;
  let recording: RecordingPushProvider;
  beforeAll(async () => {
    db = await templatedPglite();
    await RecordingPushProvider.ensureSchema(db.knex);
    await PushSender.ensureSchema(db.knex);
    recording = new RecordingPushProvider(db.knex);
  });
  afterAll(async () => {
    await db.close();
  });

  /** The recording provider, counting calls and doing `before`/`after` around each. */
  const provider = (around: { before?: () => Promise<void>; after?: (r: PushResult) => PushResult } = {}) => {
    const calls: string[] = [];
    const p: PushProvider = {
      name: 'recording',
      async send(n) {
        calls.push(n.id);
        await around.before?.();
        const result = await recording.send(n);
        return around.after ? around.after(result) : result;
      },
    };
    return { provider: p, calls };
  };
  const ledger = (id: string) =>
    db
      .knex('push_deliveries')
      .where({ notification_id: id })
      .first<{ status: string; detail: string | null }>();
  const recorded = async (id: string) => (await db.knex('push_outbox').where({ notification_id: id })).length;

  it('when the same request arrives twice, the provider should be called once and the repeat be a duplicate', async () => {
    const { provider: p, calls } = provider();
    const n = notification();
    expect(await deliverOnce({ knex: db.knex, provider: p }, n)).toMatchObject({ status: 'sent' });
    expect(await deliverOnce({ knex: db.knex, provider: p }, n)).toEqual({ status: 'duplicate' });
    expect(calls).toEqual([n.id]);
    expect(await ledger(n.id)).toMatchObject({ status: 'sent' });
  });

  it('when the provider is called, the claim should already be committed (no transaction held across the call)', async () => {
    const n = notification();
    let seenDuringCall: unknown;
    const { provider: p } = provider({
      // On PGlite's single connection a transaction held open across this call would block this read.
      before: async () => void (seenDuringCall = (await ledger(n.id))?.status),
    });
    await deliverOnce({ knex: db.knex, provider: p }, n);
    expect(seenDuringCall).toBe('sending');
  });

  it('when the same request is delivered twice at once, the provider should be called once and the second be refused as retryable', async () => {
    const n = notification();
    let release!: () => void;
    const blocked = new Promise<void>((resolve) => (release = resolve));
    const first = provider({ before: () => blocked });
    const second = provider();
    const firstDelivery = deliverOnce({ knex: db.knex, provider: first.provider }, n);
    await expect.poll(() => first.calls).toEqual([n.id]);
    const refused = await deliverOnce({ knex: db.knex, provider: second.provider }, n).catch(
      (e: unknown) => e,
    );
    expect(second.calls).toEqual([]);
    expect(refused).toBeInstanceOf(DeliveryInProgressError);
    expect(refused).toMatchObject({ retryable: true });
    expect(await ledger(n.id)).toMatchObject({ status: 'sending', detail: null });
    expect(await recorded(n.id)).toBe(0);
    release();
    expect(await firstDelivery).toMatchObject({ status: 'sent' });
    expect(first.calls).toEqual([n.id]);
    expect(await recorded(n.id)).toBe(1);
    expect(await ledger(n.id)).toMatchObject({ status: 'sent' });
  });

  it('when the process dies between the provider call and the record, the redelivery should be refused until the lease expires, then reach the device once', async () => {
    const n = notification();
    const leaseMs = 200;
    const crashing = provider({
      after: () => {
        throw new Error('killed before the record');
      },
    });
    await expect(deliverOnce({ knex: db.knex, provider: crashing.provider, leaseMs }, n)).rejects.toThrow(
      'killed',
    );
    expect(await ledger(n.id)).toMatchObject({ status: 'sending' });
    const early = provider();
    await expect(deliverOnce({ knex: db.knex, provider: early.provider, leaseMs }, n)).rejects.toBeInstanceOf(
      DeliveryInProgressError,
    );
    expect(early.calls).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, leaseMs + 100));
    const again = provider();
    const outcome = await deliverOnce({ knex: db.knex, provider: again.provider, leaseMs }, n);
    expect(outcome).toMatchObject({ status: 'sent' });
    expect(again.calls).toEqual([n.id]);
    expect(await recorded(n.id)).toBe(1);
    expect(await ledger(n.id)).toMatchObject({ status: 'sent' });
  });

  it('when the provider fails retryably, the row should wait for its next attempt with its reason, the bus copy be acknowledged as scheduled, and the due attempt send it', async () => {
    const n = notification();
    const failing = provider({ after: () => ({ status: 'failed', retryable: true, reason: 'quota' }) });
    const slow = { maxAttempts: 3, baseMs: 3_600_000, maxDelayMs: 3_600_000 };
    expect(await deliverOnce({ knex: db.knex, provider: failing.provider, retry: slow }, n)).toMatchObject({
      status: 'retrying',
      attempts: 1,
    });
    expect(await ledger(n.id)).toMatchObject({ status: 'retrying', detail: 'quota' });
    // A redelivered copy before the next attempt is due: not sent, not thrown back to the bus.
    const early = provider();
    expect(await deliverOnce({ knex: db.knex, provider: early.provider }, n)).toEqual({
      status: 'scheduled',
    });
    expect(early.calls).toEqual([]);
    await db
      .knex('push_deliveries')
      .where({ notification_id: n.id })
      .update({ next_attempt_at: db.knex.fn.now() });
    expect(await deliverOnce({ knex: db.knex, provider: provider().provider }, n)).toMatchObject({
      status: 'sent',
    });
    expect(await ledger(n.id)).toMatchObject({ status: 'sent', detail: null });
  });

  it('when the provider refuses for good (invalid token, permanent failure), a repeat should not call it again', async () => {
    for (const final of [
      { status: 'invalid_token' },
      { status: 'failed', retryable: false, reason: 'payload refused' },
    ] satisfies PushResult[]) {
      const n = notification();
      const refused = provider({ after: () => final });
      expect(await deliverOnce({ knex: db.knex, provider: refused.provider }, n)).toEqual(final);
      expect(await deliverOnce({ knex: db.knex, provider: refused.provider }, n)).toEqual({
        status: 'duplicate',
      });
      expect(refused.calls).toEqual([n.id]);
      expect(await ledger(n.id)).toMatchObject({ status: final.status });
    }
  });
  it('when the ledger table predates the lease, the schema set-up should add it and deliveries still be sent once', async () => {
    await db.knex.raw('alter table push_deliveries drop column claimed_until');
    await PushSender.ensureSchema(db.knex);
    await PushSender.ensureSchema(db.knex);
    const { provider: p, calls } = provider();
    const n = notification();
    expect(await deliverOnce({ knex: db.knex, provider: p }, n)).toMatchObject({ status: 'sent' });
    expect(await deliverOnce({ knex: db.knex, provider: p }, n)).toEqual({ status: 'duplicate' });
    expect(calls).toEqual([n.id]);
  });
});
