import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { describeBusContract } from '../busContract.js';
import { kafkaAvailable, TEST_KAFKA_BROKERS as brokers } from '../../../test/support/kafka.js';
import { KafkaBus } from './KafkaBus.js';

describeBusContract('Kafka', async () => {
  if (!(await kafkaAvailable())) return undefined;
  let bus = new KafkaBus({ brokers });
  return {
    bus,
    childEnv: { BUS_KIND: 'kafka', KAFKA_BROKERS: brokers.join(',') },
    async restart() {
      await bus.close();
      execFileSync('scripts/infra/kafka.sh', ['restart'], { stdio: 'inherit' });
      bus = new KafkaBus({ brokers });
      return bus;
    },
    async dispose() {
      await bus.close();
    },
  };
});

describe('Kafka bus: deployments sharing a cluster', () => {
  it('when two prefixes use the same group and topic names, each should receive only its own messages', async (ctx) => {
    if (!(await kafkaAvailable())) return ctx.skip();
    const run = randomUUID().slice(0, 6);
    const a = new KafkaBus({ brokers, topicPrefix: `a${run}.` });
    const b = new KafkaBus({ brokers, topicPrefix: `b${run}.` });
    const got = { a: [] as string[], b: [] as string[] };
    try {
      await a.publish('events', [{ key: 'k', value: 'from-a-0' }]);
      await b.publish('events', [{ key: 'k', value: 'from-b-0' }]);
      await a.consume(
        { group: 'workers', topics: ['events'] },
        async (m) => void got.a.push(m.value.toString()),
      );
      await b.consume(
        { group: 'workers', topics: ['events'] },
        async (m) => void got.b.push(m.value.toString()),
      );
      for (let i = 1; i <= 5; i++) {
        await a.publish('events', [{ key: `k${i}`, value: `from-a-${i}` }]);
        await b.publish('events', [{ key: `k${i}`, value: `from-b-${i}` }]);
      }
      await expect.poll(() => got.a.length + got.b.length, { timeout: 60_000 }).toBe(12);
      expect(got.a.every((v) => v.startsWith('from-a'))).toBe(true);
      expect(got.b.every((v) => v.startsWith('from-b'))).toBe(true);
      expect(got.a).toHaveLength(6);
    } finally {
      await a.close();
      await b.close();
    }
  }, 90_000);
});

describe('Kafka bus: batches take a bounded fetch', () => {
  it('when a backlog waits, a small fetch bound should hand it over a record batch at a time, every message in order', async (ctx) => {
    if (!(await kafkaAvailable())) return ctx.skip();
    const bus = new KafkaBus({ brokers, topicPrefix: `f${randomUUID().slice(0, 6)}.` });
    const sizes: number[] = [];
    const received: string[] = [];
    try {
      // 12 messages of 4 KiB, one send each (one record batch each), all in one partition, waiting
      // before the consumer starts: an unbounded fetch takes them all at once.
      const values = Array.from({ length: 12 }, (_, i) => `${i}:`.padEnd(4096, 'x'));
      for (const value of values) await bus.publish('backlog', [{ key: 'one', value }]);
      const consumer = await bus.consumeBatches(
        { group: 'readers', topics: ['backlog'] },
        async (messages) => {
          sizes.push(messages.length);
          received.push(...messages.map((m) => m.value.toString()));
        },
        { maxBatch: 50, fetchBytesPerPartition: 1024 },
      );
      await expect.poll(() => received.length, { timeout: 60_000 }).toBe(values.length);
      expect(received).toEqual(values);
      expect(Math.max(...sizes)).toBe(1);
      await consumer.stop();
    } finally {
      await bus.close();
    }
  }, 90_000);
});
