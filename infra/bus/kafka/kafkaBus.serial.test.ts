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
