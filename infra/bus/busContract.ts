import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChild } from '../../test/support/index.js';
import type { Bus, BusConsumer, ReceivedMessage } from './Bus.js';

export interface BusFixture {
  bus: Bus;
  /** Environment for a child process to open the same bus (see test/support/openBus.ts). */
  childEnv: Record<string, string>;
  /** Restarts the broker (or reopens the database) and returns a bus connected to it again. */
  restart(): Promise<Bus>;
  dispose(): Promise<void>;
}

const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

function collect(
  bus: Bus,
  group: string,
  topics: string[],
  onMessage?: (m: ReceivedMessage) => Promise<void>,
) {
  const received: ReceivedMessage[] = [];
  const consumer: Promise<BusConsumer> = bus.consume({ group, topics }, async (message) => {
    await onMessage?.(message);
    received.push(message);
  });
  return { received, consumer };
}

/** The behaviour every Bus adapter must show. */
export function describeBusContract(name: string, open: () => Promise<BusFixture | undefined>): void {
  describe(`Bus contract: ${name}`, () => {
    let fixture: BusFixture | undefined;
    let bus: Bus;
    beforeAll(async () => {
      fixture = await open();
      if (fixture) bus = fixture.bus;
    }, 120_000);
    afterAll(async () => {
      await fixture?.dispose();
    }, 60_000);

    it('when messages share a key, the consumer should receive them in publish order', async (ctx) => {
      if (!fixture) return ctx.skip();
      const topic = unique('order');
      await bus.publish(topic, [{ key: 'k', value: 'warm-up' }]);
      const { received, consumer } = collect(bus, unique('g'), [topic]);
      const values = Array.from({ length: 30 }, (_, i) => `m${i}`);
      for (let i = 0; i < values.length; i += 10) {
        await bus.publish(
          topic,
          values.slice(i, i + 10).map((value) => ({ key: 'k', value, headers: { 'x-test': value } })),
        );
      }
      await expect.poll(() => received.length, { timeout: 30_000 }).toBe(31);
      expect(received.map((m) => m.value.toString())).toEqual(['warm-up', ...values]);
      expect(received[1]?.headers['x-test']).toBe('m0');
      await (await consumer).stop();
    });

    it('when two groups consume, each should get every message; within a group each message once', async (ctx) => {
      if (!fixture) return ctx.skip();
      const topic = unique('groups');
      await bus.publish(topic, [{ key: 'init', value: 'init' }]);
      const groupA = unique('a');
      const a1 = collect(bus, groupA, [topic]);
      const a2 = collect(bus, groupA, [topic]);
      const b = collect(bus, unique('b'), [topic]);
      await bus.publish(
        topic,
        Array.from({ length: 40 }, (_, i) => ({ key: `key${i}`, value: String(i) })),
      );
      await expect.poll(() => b.received.length, { timeout: 40_000 }).toBe(41);
      await expect.poll(() => a1.received.length + a2.received.length, { timeout: 40_000 }).toBe(41);
      const inA = [...a1.received, ...a2.received].map((m) => m.value.toString());
      expect(new Set(inA).size).toBe(41);
      for (const c of [a1, a2, b]) await (await c.consumer).stop();
    }, 90_000);

    it('when a handler throws, the message should be delivered again and later ones still arrive', async (ctx) => {
      if (!fixture) return ctx.skip();
      const topic = unique('retry');
      let failures = 0;
      const { received, consumer } = collect(bus, unique('g'), [topic], async (m) => {
        if (m.value.toString() === 'poison' && failures < 2) {
          failures++;
          throw new Error('transient');
        }
      });
      await bus.publish(topic, [
        { key: 'k', value: 'before' },
        { key: 'k', value: 'poison' },
        { key: 'k', value: 'after' },
      ]);
      await expect
        .poll(() => received.map((m) => m.value.toString()), { timeout: 30_000 })
        .toEqual(['before', 'poison', 'after']);
      expect(failures).toBe(2);
      await (await consumer).stop();
    });

    it('when batches are consumed, messages sharing a key should come in publish order, in batches no larger than asked', async (ctx) => {
      if (!fixture) return ctx.skip();
      const topic = unique('batch-order');
      const sizes: number[] = [];
      const received: ReceivedMessage[] = [];
      await bus.publish(topic, [{ key: 'warm', value: 'warm-up' }]);
      const consumer = await bus.consumeBatches(
        { group: unique('g'), topics: [topic] },
        async (messages) => {
          sizes.push(messages.length);
          received.push(...messages);
        },
        { maxBatch: 7 },
      );
      const published = Array.from({ length: 60 }, (_, i) => ({ key: `k${i % 3}`, value: `m${i}` }));
      for (let i = 0; i < published.length; i += 20) await bus.publish(topic, published.slice(i, i + 20));
      await expect.poll(() => received.length, { timeout: 30_000 }).toBe(61);
      for (const key of ['k0', 'k1', 'k2'])
        expect(received.filter((m) => m.key === key).map((m) => m.value.toString())).toEqual(
          published.filter((m) => m.key === key).map((m) => m.value),
        );
      expect(Math.max(...sizes)).toBeLessThanOrEqual(7);
      await consumer.stop();
    });

    it('when a batch handler throws, the whole batch should be handed over again, and nothing after it be lost', async (ctx) => {
      if (!fixture) return ctx.skip();
      const topic = unique('batch-retry');
      const attempts: string[][] = [];
      let failures = 0;
      const consumer = await bus.consumeBatches(
        { group: unique('g'), topics: [topic] },
        async (messages) => {
          const values = messages.map((m) => m.value.toString());
          attempts.push(values);
          if (values.includes('poison') && failures < 2) {
            failures++;
            throw new Error('transient');
          }
        },
        { maxBatch: 50 },
      );
      await bus.publish(topic, [
        { key: 'k', value: 'before' },
        { key: 'k', value: 'poison' },
        { key: 'k', value: 'after' },
      ]);
      await expect.poll(() => failures, { timeout: 30_000 }).toBe(2);
      // The batch that threw comes back whole: every message in it, from its first.
      await expect
        .poll(() => attempts.filter((v) => v.includes('poison')).length, { timeout: 30_000 })
        .toBe(3);
      const tries = attempts.filter((v) => v.includes('poison'));
      expect(tries[1]).toEqual(tries[0]);
      expect(tries[2]).toEqual(tries[0]);
      await expect
        .poll(() => attempts.flat().filter((v) => v === 'after').length, { timeout: 30_000 })
        .toBeGreaterThanOrEqual(1);
      // Acknowledged once handled: a later message does not bring the handled ones back.
      await bus.publish(topic, [{ key: 'k', value: 'later' }]);
      await expect.poll(() => attempts.at(-1), { timeout: 30_000 }).toEqual(['later']);
      await consumer.stop();
    });

    it('when a consumer process is killed mid-message, another consumer in its group should receive it', async (ctx) => {
      if (!fixture) return ctx.skip();
      const topic = unique('crash');
      const group = unique('g');
      await bus.publish(topic, [{ key: 'first', value: '1' }]);
      const child = startChild('test/support/crashingConsumer.ts', {
        ...fixture.childEnv,
        BUS_GROUP: group,
        BUS_TOPIC: topic,
      });
      try {
        await child.waitFor('done first', 60_000);
        await bus.publish(topic, [{ key: 'hang-1', value: '2' }]);
        await child.waitFor('received hang-1', 30_000);
      } finally {
        await child.kill('SIGKILL');
      }
      const { received, consumer } = collect(bus, group, [topic]);
      await expect.poll(() => received.map((m) => m.key), { timeout: 60_000 }).toContain('hang-1');
      expect(received.map((m) => m.key)).not.toContain('first');
      await (await consumer).stop();
    }, 120_000);

    it('when the broker restarts, nothing published before or after should be lost', async (ctx) => {
      if (!fixture) return ctx.skip();
      const topic = unique('restart');
      const group = unique('g');
      await bus.publish(
        topic,
        Array.from({ length: 20 }, (_, i) => ({ key: `k${i % 4}`, value: `before${i}` })),
      );
      bus = await fixture.restart();
      await bus.publish(
        topic,
        Array.from({ length: 20 }, (_, i) => ({ key: `k${i % 4}`, value: `after${i}` })),
      );
      const { received, consumer } = collect(bus, group, [topic]);
      await expect
        .poll(() => new Set(received.map((m) => m.value.toString())).size, { timeout: 60_000 })
        .toBe(40);
      await (await consumer).stop();
    }, 120_000);
  });
}
