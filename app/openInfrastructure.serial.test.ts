import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { describe, expect, it } from 'vitest';
import { kafkaAvailable, TEST_KAFKA_BROKERS } from '../test/support/kafka.js';
import { createTestDatabase, postgresAvailable } from '../test/support/testDatabase.js';
import { loadConfig } from './config.js';
import { openInfrastructure } from './openInfrastructure.js';

describe('openInfrastructure with Kafka', () => {
  it('when KAFKA_TOPIC_PREFIX is set, the bus should publish to the prefixed topic only', async (ctx) => {
    if (!(await postgresAvailable()) || !(await kafkaAvailable())) return ctx.skip();
    const database = await createTestDatabase();
    const dataDir = mkdtempSync(join(tmpdir(), 'eventide-'));
    const prefix = `p${randomBytes(4).toString('hex')}.`;
    const topic = `probe${randomBytes(4).toString('hex')}`;
    const infra = await openInfrastructure(
      loadConfig({
        DATA_DIR: dataDir,
        DATABASE_URL: database.url,
        KAFKA_BROKERS: TEST_KAFKA_BROKERS.join(','),
        KAFKA_TOPIC_PREFIX: prefix,
      }),
      'prefix-test',
    );
    const admin = new Kafka({ brokers: TEST_KAFKA_BROKERS, logLevel: logLevel.NOTHING }).admin();
    try {
      await infra.bus.publish(topic, [{ key: 'k', value: 'v' }]);
      await admin.connect();
      const topics = await admin.listTopics();
      expect(topics).toContain(`${prefix}${topic}`);
      expect(topics).not.toContain(topic);
    } finally {
      await admin.disconnect();
      await infra.close();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
