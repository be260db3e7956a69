import { randomUUID } from 'node:crypto';
import { testServiceAccount } from '../../../test/support/push/testKeys.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database } from '../../../infra/postgres/index.js';
import { FcmPushProvider, type PushNotification } from '../../../infra/push/index.js';
import { aNotification } from '../../../infra/push/pushProviderContract.js';
import { startLocalFcm, type LocalFcm } from '../../../test/support/push/localFcm.js';
import { templatedPglite } from '../../../test/support/pgliteTemplate.js';
import { CircuitBreakers } from './CircuitBreakers.js';
import { listDeadLetters, replayDeadLetters } from './deadLetters.js';
import { deliverOnce, type DeliveryDeps } from './deliverOnce.js';
import { PushSender } from './PushSender.js';
import { startRetryLoop } from './retryLoop.js';

const account = testServiceAccount();

/** The sender's retries, breaker and dead letters against the local FCM server, on PGlite. */
describe('push delivery: retries, circuit breaker, dead letters (local FCM server)', () => {
  let db: Database;
  let fcm: LocalFcm;
  let provider: FcmPushProvider;
  beforeAll(async () => {
    db = await templatedPglite();
    await PushSender.ensureSchema(db.knex);
    fcm = await startLocalFcm(account);
    provider = await FcmPushProvider.open({
      serviceAccount: account,
      endpoint: { url: fcm.url, ca: fcm.ca },
    });
  }, 60_000);
  afterAll(async () => {
    await provider?.close();
    await fcm?.close();
    await db?.close();
  });

  const android = () => aNotification({ platform: 'android', pushToken: `fcm-${randomUUID()}` });
  const deliveredTo = (n: PushNotification) => fcm.delivered.filter((d) => d.message.token === n.pushToken);
  const ledger = (id: string) =>
    db
      .knex('push_deliveries')
      .where({ notification_id: id })
      .first<{ status: string; detail: string | null; attempts: number; delay_ms: number | null }>(
        'status',
        'detail',
        'attempts',
        db.knex.raw('round(extract(epoch from next_attempt_at - delivered_at) * 1000)::float8 as delay_ms'),
      );
  /** Makes a waiting retry due now (instead of waiting for its backoff). */
  const dueNow = (id: string) =>
    db.knex('push_deliveries').where({ notification_id: id }).update({ next_attempt_at: db.knex.fn.now() });
  const deps = (more: Partial<DeliveryDeps> = {}): DeliveryDeps => ({
    knex: db.knex,
    provider,
    retry: { maxAttempts: 3, baseMs: 1_000, maxDelayMs: 60_000 },
    random: () => 0,
    ...more,
  });

  it('when FCM answers 429 with Retry-After and then 503 without, the next attempts should be due after its Retry-After, then after the doubled backoff, and the retry loop send the key once', async () => {
    const n = android();
    fcm.answerNext({ errorCode: 'QUOTA_EXCEEDED', retryAfterSeconds: 7 });
    expect(await deliverOnce(deps(), n)).toMatchObject({ status: 'retrying', attempts: 1, retryInMs: 7_000 });
    expect(await ledger(n.id)).toMatchObject({ status: 'retrying', attempts: 1, delay_ms: 7_000 });
    expect(await ledger(n.id).then((r) => r?.detail)).toContain('rate-exceeded');

    // The second failure has no Retry-After: base * 2^(2-1), half of it fixed (random 0).
    fcm.answerNext({ errorCode: 'INTERNAL' });
    await dueNow(n.id);
    const outcomes: string[] = [];
    const loop = startRetryLoop(deps(), { pollMs: 50, onOutcome: (_, o) => void outcomes.push(o.status) });
    try {
      await expect.poll(() => outcomes, { timeout: 10_000 }).toEqual(['retrying']);
      expect(await ledger(n.id)).toMatchObject({ status: 'retrying', attempts: 2, delay_ms: 1_000 });
      expect(deliveredTo(n)).toEqual([]);
      await dueNow(n.id);
      await expect.poll(() => outcomes, { timeout: 10_000 }).toEqual(['retrying', 'sent']);
    } finally {
      await loop.stop();
    }
    expect(deliveredTo(n)).toHaveLength(1);
    expect(await ledger(n.id)).toMatchObject({ status: 'sent', attempts: 3, delay_ms: null });
  });

  it('when a key waiting for a retry is sent meanwhile (its bus copy came again once due), the retry loop should not send it again', async () => {
    const n = android();
    fcm.answerNext({ errorCode: 'QUOTA_EXCEEDED' });
    expect(await deliverOnce(deps(), n)).toMatchObject({ status: 'retrying' });
    await dueNow(n.id);
    expect(await deliverOnce(deps(), n)).toMatchObject({ status: 'sent' });
    expect(await deliverOnce(deps(), n)).toEqual({ status: 'duplicate' });
    const outcomes: string[] = [];
    const loop = startRetryLoop(deps(), { pollMs: 20, onOutcome: (_, o) => void outcomes.push(o.status) });
    // A later key that the loop does send shows that it ran past the first.
    const later = android();
    fcm.answerNext({ errorCode: 'QUOTA_EXCEEDED' });
    await deliverOnce(deps(), later);
    await dueNow(later.id);
    loop.wake();
    try {
      await expect.poll(() => deliveredTo(later), { timeout: 10_000 }).toHaveLength(1);
    } finally {
      await loop.stop();
    }
    expect(outcomes).toEqual(['sent']);
    expect(deliveredTo(n)).toHaveLength(1);
  });

  it('when a key runs out of attempts or is refused for good, it should be a dead letter with its reason; replayed twice, it should reach FCM exactly once', async () => {
    const exhausted = android();
    const refused = android();
    fcm.answerNext(
      { errorCode: 'UNAVAILABLE', retryAfterSeconds: 0 },
      { errorCode: 'QUOTA_EXCEEDED' },
      { errorCode: 'QUOTA_EXCEEDED' },
    );
    const oneAttempt = deps({ retry: { maxAttempts: 2, baseMs: 1_000, maxDelayMs: 60_000 } });
    // firebase-admin retries a 503 itself; the first answer the sender sees is the 429 after it.
    expect(await deliverOnce(oneAttempt, exhausted)).toMatchObject({ status: 'retrying' });
    await dueNow(exhausted.id);
    expect(await deliverOnce(oneAttempt, exhausted)).toMatchObject({
      status: 'failed',
      reason: expect.stringMatching(/^gave up after 2 attempts: fcm messaging\/message-rate-exceeded/),
    });
    fcm.answerNext({ errorCode: 'INVALID_ARGUMENT', message: 'Invalid JSON payload: unknown field' });
    expect(await deliverOnce(oneAttempt, refused)).toMatchObject({ status: 'failed', retryable: false });

    const letters = [];
    let after: string | undefined;
    do {
      const page = await listDeadLetters(db.knex, { limit: 1, ...(after ? { after } : {}) });
      letters.push(...page.deadLetters);
      after = page.next ?? undefined;
    } while (after);
    const ours = letters.filter((l) => [exhausted.id, refused.id].includes(l.id));
    expect(ours.map((l) => l.id).sort()).toEqual([exhausted.id, refused.id].sort());
    expect(ours.find((l) => l.id === refused.id)).toMatchObject({
      deviceId: refused.deviceId,
      userId: refused.userId,
      provider: 'fcm',
      kind: refused.kind,
      reason: expect.stringContaining('invalid-argument'),
      attempts: 1,
      replayable: true,
    });

    expect(await replayDeadLetters(db.knex, { id: exhausted.id })).toEqual([exhausted.id]);
    expect(await replayDeadLetters(db.knex, { id: exhausted.id })).toEqual([]);
    // Another sender process: its own provider (connections, in-process de-duplication).
    const other = await FcmPushProvider.open({
      serviceAccount: account,
      endpoint: { url: fcm.url, ca: fcm.ca },
    });
    const loop = startRetryLoop(deps({ provider: other }), { pollMs: 20 });
    try {
      await expect.poll(async () => (await ledger(exhausted.id))?.status, { timeout: 10_000 }).toBe('sent');
      expect(await replayDeadLetters(db.knex, { id: exhausted.id })).toEqual([]);
      expect(await replayDeadLetters(db.knex, { all: true })).toContain(refused.id);
      await expect.poll(async () => (await ledger(refused.id))?.status, { timeout: 10_000 }).toBe('sent');
    } finally {
      await loop.stop();
      await other.close();
    }
    expect(deliveredTo(exhausted)).toHaveLength(1);
    expect(deliveredTo(refused)).toHaveLength(1);
    expect((await listDeadLetters(db.knex, { limit: 500 })).deadLetters.map((l) => l.id)).not.toContain(
      exhausted.id,
    );
  });

  it('when FCM keeps failing, its breaker should open after N failures and defer sends without calling FCM or counting an attempt; after the cool-down one probe goes and its success closes it', async () => {
    let now = 0;
    const breakers = new CircuitBreakers({ failures: 2, coolDownMs: 60_000 }, { now: () => now });
    const withBreaker = deps({ breakers, retry: { maxAttempts: 5, baseMs: 1_000, maxDelayMs: 60_000 } });
    const [a, b, c, d] = [android(), android(), android(), android()];
    fcm.answerNext({ errorCode: 'QUOTA_EXCEEDED' }, { errorCode: 'QUOTA_EXCEEDED' });
    expect(await deliverOnce(withBreaker, a)).toMatchObject({ status: 'retrying' });
    expect(await deliverOnce(withBreaker, b)).toMatchObject({ status: 'retrying' });
    expect(breakers.stateOf('fcm')).toBe('open');
    const requests = fcm.requests;
    expect(await deliverOnce(withBreaker, c)).toEqual({ status: 'deferred', retryInMs: 60_000 });
    expect(fcm.requests).toBe(requests);
    expect(await ledger(c.id)).toMatchObject({ status: 'retrying', attempts: 0, delay_ms: 60_000 });

    now += 60_000;
    await dueNow(c.id);
    expect(await deliverOnce(withBreaker, c)).toMatchObject({ status: 'sent' });
    expect(fcm.requests).toBe(requests + 1);
    expect(breakers.stateOf('fcm')).toBe('closed');
    expect(await deliverOnce(withBreaker, d)).toMatchObject({ status: 'sent' });
    expect(deliveredTo(c)).toHaveLength(1);
    expect(await ledger(c.id)).toMatchObject({ status: 'sent', attempts: 1 });
  });
});
