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
