import { describe, expect, it, vi } from 'vitest';
import { describeBusContract } from '../busContract.js';
import { createPostgresDatabase, type Database } from '../../postgres/index.js';
import { createTestDatabase, postgresAvailable } from '../../../test/support/testDatabase.js';
import { PostgresBus } from './PostgresBus.js';

describeBusContract('Postgres table', async () => {
  if (!(await postgresAvailable())) return undefined;
  const database = await createTestDatabase();
  let db: Database = await createPostgresDatabase({ connectionString: database.url });
  let bus = await PostgresBus.open(db, { claimMs: 2000 });
  return {
    bus,
    childEnv: { BUS_KIND: 'postgres', DATABASE_URL: database.url },
    async restart() {
      await bus.close();
      await db.close();
      db = await createPostgresDatabase({ connectionString: database.url });
      bus = await PostgresBus.open(db, { claimMs: 2000 });
      return bus;
    },
    async dispose() {
      await bus.close();
      await db.close();
      await database.drop();
    },
  };
});

describe('PostgresBus wake-ups', () => {
  it('when a publish is notified while an idle consumer looks for messages, it should not sleep through it', async (ctx) => {
    if (!(await postgresAvailable())) return ctx.skip();
    const database = await createTestDatabase();
    const db = await createPostgresDatabase({ connectionString: database.url });
    // A poll far longer than the test: only the notification can deliver in time.
    const bus = await PostgresBus.open(db, { pollMs: 60_000 });
    const received: string[] = [];
    const look = Object.getPrototypeOf(bus) as {
      pendingPartitions: (...args: unknown[]) => Promise<number[]>;
    };
    const original = look.pendingPartitions;
    let looks = 0;
    const spy = vi.spyOn(look, 'pendingPartitions').mockImplementation(async function (
      this: unknown,
      ...args
    ) {
      const found = await original.apply(this, args);
      // The first look finds nothing; a message is published and its notification handled
      // before the consumer goes to sleep.
      if (++looks === 1) {
        await bus.publish('race', [{ key: 'k', value: Buffer.from('late') }]);
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
      return found;
    });
    const consumer = await bus.consume({ group: 'g', topics: ['race'] }, async (message) => {
      received.push(message.value.toString());
    });
    try {
      await expect.poll(() => received, { timeout: 5_000 }).toEqual(['late']);
    } finally {
      spy.mockRestore();
      await consumer.stop();
      await bus.close();
      await db.close();
      await database.drop();
    }
  });
});

describe('PostgresBus statements', () => {
  it('when messages are published, it should take one statement; a publish should wake only the consumers of its topic', async (ctx) => {
    if (!(await postgresAvailable())) return ctx.skip();
    const database = await createTestDatabase();
    const db = await createPostgresDatabase({ connectionString: database.url });
    const bus = await PostgresBus.open(db, { pollMs: 60_000 });
    const look = Object.getPrototypeOf(bus) as {
      pendingPartitions: (...args: unknown[]) => Promise<number[]>;
    };
    const looks: string[] = [];
    const original = look.pendingPartitions;
    const spy = vi.spyOn(look, 'pendingPartitions').mockImplementation(function (this: unknown, ...args) {
      looks.push(String(args[1]));
      return original.apply(this, args);
    });
    const received: string[] = [];
    const consumers = await Promise.all(
      ['a', 'b'].map((topic) =>
        bus.consume({ group: 'g', topics: [topic] }, async (m) => void received.push(`${topic}:${m.value}`)),
      ),
    );
    try {
      await expect.poll(() => looks.length).toBe(2);
      const statements: string[] = [];
      await db.knex.transaction((trx) => {
        trx.on('query', (query: { sql: string }) => statements.push(query.sql));
        return bus.publishWithin(trx, 'a', [
          { key: 'k1', value: 'one' },
          { key: 'k2', value: 'two' },
        ]);
      });
      expect(statements.filter((sql) => !/^(BEGIN|COMMIT);$/.test(sql))).toHaveLength(1);
      await expect.poll(() => received.sort()).toEqual(['a:one', 'a:two']);
      await new Promise((resolve) => setTimeout(resolve, 300));
      // The consumer of `b` looked once when it started, and was not woken by the publish on `a`.
      expect(looks.filter((topic) => topic === 'b')).toEqual(['b']);
    } finally {
      spy.mockRestore();
      for (const consumer of consumers) await consumer.stop();
      await bus.close();
      await db.close();
      await database.drop();
    }
  });
});
