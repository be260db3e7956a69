import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { kafkaAvailable, TEST_KAFKA_BROKERS as brokers } from '../../../test/support/kafka.js';
import { KafkaBus } from './KafkaBus.js';

const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;
const values = (n: number, prefix = 'm') =>
  Array.from({ length: n }, (_, i) => ({ key: 'one-key', value: `${prefix}${i}` }));

describe('Kafka bus: batches in flight (inFlight)', () => {
  const bus = new KafkaBus({ brokers, topicPrefix: `inflight${randomUUID().slice(0, 6)}.` });
  afterAll(() => bus.close());

  it('when a partition has several batches waiting, they should be handled at the same time, every message once, and the offset committed past them all', async (ctx) => {
    if (!(await kafkaAvailable())) return ctx.skip();
    const topic = unique('overlap');
    await bus.publish(topic, values(40)); // one key: one partition, 8 batches of 5
    const handled: string[] = [];
    let running = 0;
    let overlapped = false;
    let release: () => void = () => undefined;
    const second = new Promise<void>((resolve) => (release = resolve));
    const consumer = await bus.consumeBatches(
      { group: unique('g'), topics: [topic] },
      async (messages) => {
        running++;
        if (running > 1) {
          overlapped = true;
          release();
        }
        // The first batch waits (up to 5 s, within the session timeout) for a second one of its partition.
        if (handled.length === 0 && !overlapped)
          await Promise.race([second, new Promise((r) => setTimeout(r, 5_000))]);
        handled.push(...messages.map((m) => m.value.toString()));
        running--;
      },
      { maxBatch: 5, inFlight: 4 },
    );
    await expect.poll(() => handled.length, { timeout: 30_000 }).toBe(40);
    expect(overlapped).toBe(true);
    expect([...handled].sort()).toEqual(
      values(40)
        .map((m) => m.value)
        .sort(),
    );
    // Acknowledged: a later message comes alone, nothing handled before comes back.
    await bus.publish(topic, [{ key: 'one-key', value: 'later' }]);
    await expect.poll(() => handled.at(-1), { timeout: 30_000 }).toBe('later');
    expect(handled).toHaveLength(41);
    await consumer.stop();
  }, 90_000);

  it('when one batch throws while later ones of its partition succeed, it should come again, and no message be lost', async (ctx) => {
    if (!(await kafkaAvailable())) return ctx.skip();
    const topic = unique('throw');
    await bus.publish(topic, [...values(12), { key: 'one-key', value: 'poison' }, ...values(12, 'n')]);
    const attempts: string[][] = [];
    let failures = 0;
    const consumer = await bus.consumeBatches(
      { group: unique('g'), topics: [topic] },
      async (messages) => {
        const batch = messages.map((m) => m.value.toString());
        attempts.push(batch);
        if (batch.includes('poison') && failures < 1) {
          failures++;
          throw new Error('transient');
        }
      },
      { maxBatch: 5, inFlight: 3 },
    );
    const handledOnce = () => new Set(attempts.flat());
    await expect.poll(() => attempts.filter((b) => b.includes('poison')).length, { timeout: 30_000 }).toBe(2);
    await expect.poll(() => handledOnce().size, { timeout: 30_000 }).toBe(25);
    // Committed past all of it in the end: a later message does not bring any back.
    await bus.publish(topic, [{ key: 'one-key', value: 'later' }]);
    await expect.poll(() => attempts.at(-1), { timeout: 30_000 }).toEqual(['later']);
    await consumer.stop();
  }, 90_000);
});
