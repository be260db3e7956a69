import { randomBytes } from 'node:crypto';
import { RedisCache } from '../../infra/cache/RedisCache.js';
import type { Role } from '../../app/index.js';
import { requireService } from './requireService.js';
import { startTestBackend, type TestBackend } from './startTestBackend.js';
import { postgresAvailable } from './testDatabase.js';

export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Two processes of one deployment: one database, one data folder, one cursor secret, one Redis. */
export interface RedisPair {
  /** The full process (every role). */
  a: TestBackend;
  /** The second process, with the roles asked for; its `stop()` may be called early, once. */
  b: TestBackend;
  /** A client of the pair's Redis under its key prefix, to subscribe to what the processes publish. */
  redis: RedisCache;
  /** Stops B (unless stopped already), then A, then closes the Redis client. */
  stop(): Promise<void>;
}

/**
 * Starts two backends sharing a fresh Postgres database and Redis, under a key prefix of their own
 * so that other tests' backends on the same Redis share no key or channel with them. Resolves to
 * undefined when Postgres or Redis is missing on a laptop (the caller skips); with CI=true a
 * missing Redis throws (see requireService). `env` goes to both, `a`/`b` to one each.
 */
export async function startRedisPair(options: {
  env?: Record<string, string>;
  a?: Record<string, string>;
  /** B's own environment; a function of A when it needs A's address. */
  b: { roles: Role[]; env?: Record<string, string> | ((a: TestBackend) => Record<string, string>) };
}): Promise<RedisPair | undefined> {
  if (!(await postgresAvailable())) return undefined;
  const prefix = `t${randomBytes(4).toString('hex')}:`;
  let redis: RedisCache | undefined;
  if (
    !(await requireService('Redis', async () => (redis = await RedisCache.connect(TEST_REDIS_URL, prefix))))
  )
    return undefined;
  const shared = { REDIS_URL: TEST_REDIS_URL, REDIS_KEY_PREFIX: prefix, ...options.env };
  let a: TestBackend | undefined;
  try {
    a = await startTestBackend('postgres', { env: { ...shared, ...options.a } });
    const b = await startTestBackend('postgres', {
      roles: options.b.roles,
      env: {
        ...shared,
        ...(typeof options.b.env === 'function' ? options.b.env(a) : options.b.env),
        DATABASE_URL: a.env.DATABASE_URL!,
        DATA_DIR: a.env.DATA_DIR!,
        CURSOR_SECRET: a.env.CURSOR_SECRET!,
      },
    });
    let stoppingB: Promise<void> | undefined;
    const stopB = () => (stoppingB ??= b.stop());
    const first = a;
    return {
      a,
      b: { ...b, stop: stopB },
      redis: redis!,
      async stop() {
        await stopB();
        await first.stop();
        await redis!.close();
      },
    };
  } catch (error) {
    await a?.stop();
    await redis!.close();
    throw error;
  }
}
