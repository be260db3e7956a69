import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPostgresDatabase, type Database } from '../../../infra/postgres/index.js';
import { RecordingPushProvider, type PushProvider, type PushResult } from '../../../infra/push/index.js';
import { aNotification } from '../../../infra/push/pushProviderContract.js';
import { createTestDatabase, postgresAvailable } from '../../../test/support/testDatabase.js';
import { deliverBatch, type BatchDelivery } from './deliverBatch.js';
import { DeliveryInProgressError, deliverOnce } from './deliverOnce.js';
import { PushSender } from './PushSender.js';

const notification = () => aNotification({ platform: 'android', data: {} });
const HOUR = 3_600_000;

describe('deliverBatch: the push sender ledger, a batch at a time (PostgreSQL)', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
  let db: Database;
  let recording: RecordingPushProvider;
  beforeAll(async () => {
    if (!(await postgresAvailable())) return;
    database = await createTestDatabase();
    db = await createPostgresDatabase({ connectionString: database.url });
    await RecordingPushProvider.ensureSchema(db.knex);
    await PushSender.ensureSchema(db.knex);
    recording = new RecordingPushProvider(db.knex);
  }, 60_000);
  afterAll(async () => {
    await db?.close();
    await database?.drop();
  });

  /** The recording provider, counting calls; `answer` may replace its result. */
  const provider = (answer?: (id: string) => PushResult | undefined) => {
    const calls: string[] = [];
    const p: PushProvider = {
      name: 'recording',
      async send(n) {
        calls.push(n.id);
        const result = await recording.send(n);
        return answer?.(n.id) ?? result;
      },
    };
    return { provider: p, calls };
  };
  const ledger = (id: string) =>
    db
      .knex('push_deliveries')
      .where({ notification_id: id })
      .first<{ status: string; attempts: number; detail: string | null; claimed_until: Date | null }>();
  const received = async (id: string) => (await db.knex('push_outbox').where({ notification_id: id })).length;
  const outcomeOf = (deliveries: BatchDelivery[], id: string) => {
    const found = deliveries.find((d) => d.notification.id === id)!;
    return 'error' in found ? found.error : found.outcome;
  };

  it('when a batch mixes new, done, not-yet-due, due and leased keys, each should get the outcome deliverOnce gives it, and only the claimable be sent', async (ctx) => {
    if (!database) return ctx.skip();
    const slow = { maxAttempts: 5, baseMs: HOUR, maxDelayMs: HOUR };
    const [fresh, done, notDue, due, leased, expired, refused] = Array.from({ length: 7 }, notification);
    const setUp = provider((id) =>
      id === notDue!.id || id === due!.id
        ? { status: 'failed', retryable: true, reason: 'quota' }
        : undefined,
    );
    const deps = { knex: db.knex, provider: setUp.provider, retry: slow };
    await deliverOnce(deps, done!);
    await deliverOnce(deps, notDue!);
    await deliverOnce(deps, due!);
    await db
      .knex('push_deliveries')
      .where({ notification_id: due!.id })
      .update({ next_attempt_at: db.knex.fn.now() });
    // Another sender claimed `leased` and is still calling; `expired`'s sender died mid-send.
    await db.knex('push_deliveries').insert([
      {
        notification_id: leased!.id,
        device_id: leased!.deviceId,
        user_id: leased!.userId,
        provider: 'recording',
        status: 'sending',
        claimed_until: db.knex.raw(`now() + interval '1 hour'`),
      },
      {
        notification_id: expired!.id,
        device_id: expired!.deviceId,
        user_id: expired!.userId,
        provider: 'recording',
        status: 'sending',
        claimed_until: db.knex.raw(`now() - interval '1 second'`),
      },
    ]);
    const batch = provider((id) => (id === refused!.id ? { status: 'invalid_token' } : undefined));
    const batchOf = [fresh!, done!, notDue!, due!, leased!, expired!, refused!, fresh!];
    const deliveries = await deliverBatch({ knex: db.knex, provider: batch.provider, retry: slow }, batchOf);

    expect(deliveries.map((d) => d.notification.id)).toEqual(batchOf.map((n) => n.id));
    expect(outcomeOf(deliveries, fresh!.id)).toMatchObject({ status: 'sent' });
    expect(outcomeOf(deliveries, done!.id)).toEqual({ status: 'duplicate' });
    expect(outcomeOf(deliveries, notDue!.id)).toEqual({ status: 'scheduled' });
    expect(outcomeOf(deliveries, due!.id)).toMatchObject({ status: 'sent' });
    expect(outcomeOf(deliveries, leased!.id)).toBeInstanceOf(DeliveryInProgressError);
    expect(outcomeOf(deliveries, expired!.id)).toMatchObject({ status: 'sent' });
    expect(outcomeOf(deliveries, refused!.id)).toEqual({ status: 'invalid_token' });
    // The second copy of `fresh` in the same batch is not sent twice.
    expect(deliveries.at(-1)).toMatchObject({ outcome: { status: 'duplicate' } });
    expect(batch.calls.sort()).toEqual([fresh!.id, due!.id, expired!.id, refused!.id].sort());

    expect(await ledger(fresh!.id)).toMatchObject({ status: 'sent', attempts: 1, claimed_until: null });
    expect(await ledger(due!.id)).toMatchObject({ status: 'sent', attempts: 2, detail: null });
    expect(await ledger(notDue!.id)).toMatchObject({ status: 'retrying', attempts: 1, detail: 'quota' });
    expect(await ledger(leased!.id)).toMatchObject({ status: 'sending' });
    expect(await ledger(refused!.id)).toMatchObject({ status: 'invalid_token', claimed_until: null });
    expect(await received(fresh!.id)).toBe(1);
  });

  it('when a provider fails retryably or for good within a batch, the one record statement should schedule the retry and keep the dead letter', async (ctx) => {
    if (!database) return ctx.skip();
    const [retried, dead, sent] = Array.from({ length: 3 }, notification);
    const p = provider((id) =>
      id === retried!.id
        ? { status: 'failed', retryable: true, reason: 'unavailable' }
        : id === dead!.id
          ? { status: 'failed', retryable: false, reason: 'payload refused' }
          : undefined,
    );
    const deliveries = await deliverBatch(
      { knex: db.knex, provider: p.provider, retry: { maxAttempts: 3, baseMs: HOUR, maxDelayMs: HOUR } },
      [retried!, dead!, sent!],
    );
    expect(outcomeOf(deliveries, retried!.id)).toMatchObject({ status: 'retrying', attempts: 1 });
    expect(outcomeOf(deliveries, dead!.id)).toEqual({
      status: 'failed',
      retryable: false,
      reason: 'payload refused',
    });
    const rows = await db
      .knex('push_deliveries')
      .whereIn('notification_id', [retried!.id, dead!.id, sent!.id])
      .select<
        { notification_id: string; status: string; notification: unknown; next_attempt_at: Date | null }[]
      >();
    const row = (id: string) => rows.find((r) => r.notification_id === id)!;
    expect(row(retried!.id)).toMatchObject({ status: 'retrying', notification: { id: retried!.id } });
    expect(row(retried!.id).next_attempt_at!.getTime()).toBeGreaterThan(Date.now());
    expect(row(dead!.id)).toMatchObject({
      status: 'failed',
      notification: { id: dead!.id },
      next_attempt_at: null,
    });
    expect(row(sent!.id)).toMatchObject({ status: 'sent', notification: null });
  });

  it('when the sender dies between the provider calls and the batch record, the keys should wait for their lease, then be sent again with the same ids, none lost', async (ctx) => {
    if (!database) return ctx.skip();
    const leaseMs = 300;
    const batch = Array.from({ length: 5 }, notification);
    const first = provider();
    // The process dies once the calls are made: the record statement never runs.
    const raw = db.knex.raw.bind(db.knex);
    const crash = vi.spyOn(db.knex, 'raw').mockImplementation(((sql: string, ...rest: unknown[]) => {
      if (sql.trimStart().startsWith('update push_deliveries d set'))
        throw new Error('killed before the record');
      return (raw as (...args: unknown[]) => unknown)(sql, ...rest);
    }) as typeof db.knex.raw);
    try {
      await expect(deliverBatch({ knex: db.knex, provider: first.provider, leaseMs }, batch)).rejects.toThrow(
        'killed',
      );
    } finally {
      crash.mockRestore();
    }
    expect(first.calls.sort()).toEqual(batch.map((n) => n.id).sort());
    for (const n of batch) expect(await ledger(n.id)).toMatchObject({ status: 'sending' });

    // Redelivered at once: every key is still leased, nothing is sent.
    const early = provider();
    const refused = await deliverBatch({ knex: db.knex, provider: early.provider, leaseMs }, batch);
    expect(refused.every((d) => 'error' in d && d.error instanceof DeliveryInProgressError)).toBe(true);
    expect(early.calls).toEqual([]);

    await new Promise((resolve) => setTimeout(resolve, leaseMs + 200));
    const again = provider();
    const deliveries = await deliverBatch({ knex: db.knex, provider: again.provider, leaseMs }, batch);
    expect(deliveries.map((d) => ('outcome' in d ? d.outcome.status : 'error'))).toEqual(
      batch.map(() => 'sent'),
    );
    // The same delivery keys (the device replaces rather than duplicates), each recorded once more.
    expect(again.calls.sort()).toEqual(batch.map((n) => n.id).sort());
    for (const n of batch) {
      expect(await ledger(n.id)).toMatchObject({ status: 'sent', claimed_until: null });
      // The recording outbox keeps one row per delivery key, as the device keeps one notification.
      expect(await received(n.id)).toBe(1);
    }
    const repeat = provider();
    expect(
      (await deliverBatch({ knex: db.knex, provider: repeat.provider, leaseMs }, batch)).map((d) =>
        'outcome' in d ? d.outcome.status : 'error',
      ),
    ).toEqual(batch.map(() => 'duplicate'));
    expect(repeat.calls).toEqual([]);
  });

  it('when two senders take the same batch at once (in opposite orders), each key should be sent by exactly one of them, without a deadlock', async (ctx) => {
    if (!database) return ctx.skip();
    const batch = Array.from({ length: 40 }, notification);
    const a = provider();
    const b = provider();
    const [fromA, fromB] = await Promise.all([
      deliverBatch({ knex: db.knex, provider: a.provider }, batch),
      deliverBatch({ knex: db.knex, provider: b.provider }, [...batch].reverse()),
    ]);
    expect([...a.calls, ...b.calls].sort()).toEqual(batch.map((n) => n.id).sort());
    for (const n of batch) {
      const settled = [outcomeOf(fromA, n.id), outcomeOf(fromB, n.id)];
      expect(settled.filter((o) => (o as { status?: string }).status === 'sent')).toHaveLength(1);
      expect(await received(n.id)).toBe(1);
    }
  });
});
