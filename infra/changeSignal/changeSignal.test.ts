import { randomUUID } from 'node:crypto';
import { killRedisClient } from '../../test/support/killRedisClient.js';
import { requireService } from '../../test/support/requireService.js';
import { createTestDatabase, postgresAvailable } from '../../test/support/testDatabase.js';
import { RedisCache } from '../cache/RedisCache.js';
import { createPostgresDatabase } from '../postgres/index.js';
import { describeChangeSignalContract } from './changeSignalContract.js';
import { CacheChangeSignal } from './CacheChangeSignal.js';
import { PostgresChangeSignal } from './PostgresChangeSignal.js';
import { templatedPglite } from '../../test/support/pgliteTemplate.js';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

describeChangeSignalContract('PGlite NOTIFY', async () => {
  const db = await templatedPglite();
  return {
    signal: new PostgresChangeSignal(db),
    peer: new PostgresChangeSignal(db),
    dispose: () => db.close(),
  };
});

describeChangeSignalContract('Postgres NOTIFY', async () => {
  if (!(await postgresAvailable())) return undefined;
  const database = await createTestDatabase();
  const [db, other] = await Promise.all([
    createPostgresDatabase({ connectionString: database.url }),
    createPostgresDatabase({ connectionString: database.url }),
  ]);
  return {
    signal: new PostgresChangeSignal(db),
    peer: new PostgresChangeSignal(other),
    async breakConnection() {
      // Both databases' listening connections go: each heals on its own.
      await db.knex.raw(
        "select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'eventide-listener' and datname = current_database()",
      );
    },
    async dispose() {
      await db.close();
      await other.close();
      await database.drop();
    },
  };
});

describeChangeSignalContract('Redis pub/sub', async () => {
  const prefix = `test:${randomUUID()}:`;
  let caches: [RedisCache, RedisCache] | undefined;
  const ok = await requireService('Redis', async () => {
    caches = [await RedisCache.connect(REDIS_URL, prefix), await RedisCache.connect(REDIS_URL, prefix)];
  });
  if (!ok || !caches) return undefined;
  const [cache, other] = caches;
  return {
    signal: new CacheChangeSignal(cache),
    peer: new CacheChangeSignal(other),
    breakConnection: () => killRedisClient(REDIS_URL, cache.subscriberName),
    async dispose() {
      await cache.close();
      await other.close();
    },
  };
});
