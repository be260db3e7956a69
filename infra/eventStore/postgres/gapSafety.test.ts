import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresDatabase, type Database } from '../../postgres/index.js';
import { createPgliteDatabase } from '../../postgres/createPgliteDatabase.js';
import { createTestDatabase, postgresAvailable } from '../../../test/support/testDatabase.js';
import { newEvent } from '../eventStoreContract.js';
import type { RecordedEvent } from '../EventStore.js';
import { PostgresEventStore } from './PostgresEventStore.js';

describe('Postgres event store: global order', () => {
  let db: Database | undefined;
  let store: PostgresEventStore;
  let drop: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    if (!(await postgresAvailable())) return;
    const database = await createTestDatabase();
    drop = database.drop;
    db = await createPostgresDatabase({ connectionString: database.url, poolMax: 30 });
    store = await PostgresEventStore.open(db);
  });
  afterAll(async () => {
    await store?.close();
    await db?.close();
    await drop?.();
  });

  it('when a slow transaction holds a lower position open while later appends commit, the subscriber should skip nothing', async (ctx) => {
    if (!db) return ctx.skip();
    const received: RecordedEvent[] = [];
    const subscription = store.subscribe({ after: 0, batchSize: 5 }, async (events) => {
      received.push(...events);
    });

    // 1. A slow writer appends and keeps its transaction open.
    const slow = await db.knex.transaction();
    const slowEvent = newEvent('Slow');
    const slowResult = await store.appendInTransaction(slow, 'gap-slow', [slowEvent], 'any');

    // 2. Twenty fast writers append and commit while it is open: they do not wait for it.
    const fast = Promise.all(
      Array.from({ length: 20 }, (_, i) => store.append(`gap-fast${i}`, [newEvent('Fast')], 'any')),
    );
    const fastResults = await Promise.race([
      fast,
      new Promise<'blocked'>((resolve) => setTimeout(() => resolve('blocked'), 5000)),
    ]);
    if (fastResults === 'blocked') {
      await slow.rollback();
      throw new Error('appends waited for an open transaction to commit');
    }
    expect(fastResults.every((r) => r.position > slowResult.position)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Nothing past the open transaction may be visible to the reader yet; the log is complete
    // only below it, though later positions are committed.
    expect(received).toEqual([]);
    expect(await store.headPosition()).toBeLessThan(slowResult.position);
    expect(await store.lastPosition()).toBe(Math.max(...fastResults.map((r) => r.position)));

    // 3. The slow writer commits.
    await slow.commit();
    store.announce();

    await expect.poll(() => received.length, { timeout: 5000 }).toBe(21);
    await subscription.stop();
    expect(received[0]?.id).toBe(slowEvent.id);
    const positions = received.map((e) => e.position);
    expect(new Set(positions).size).toBe(21);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('when appends commit in random order and some roll back, a subscriber should receive every committed one once, in position order', async (ctx) => {
    if (!db) return ctx.skip();
    const knex = db.knex;
    const received: RecordedEvent[] = [];
    const subscription = store.subscribe(
      { after: 0, batchSize: 1000, filter: { categories: ['stress'] } },
      async (events) => {
        received.push(...events);
      },
    );
    const committed: string[] = [];
    await Promise.all(
      Array.from({ length: 24 }, async (_, writer) => {
        for (let k = 0; k < 8; k++) {
          const trx = await knex.transaction();
          const event = newEvent('Stressed');
          await store.appendInTransaction(trx, `stress-${writer}x${k}`, [event], 'any');
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 40));
          if (k % 4 === 3) {
            await trx.rollback();
          } else {
            await trx.commit();
            store.announce();
            committed.push(event.id);
          }
        }
      }),
    );
    await expect.poll(() => received.length, { timeout: 5000 }).toBeGreaterThanOrEqual(committed.length);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await subscription.stop();
    expect(received.map((e) => e.id).sort()).toEqual([...committed].sort());
    const positions = received.map((e) => e.position);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('when an append fails after taking its position, readers should not wait for it', async (ctx) => {
    if (!db) return ctx.skip();
    const twice = newEvent('Twice');
    // The same event id twice in one append passes the retry check and fails at the insert.
    await expect(store.append('fails-1', [twice, twice], 'any')).rejects.toThrow();
    const appended = await store.append('fails-2', [newEvent('After')], 'any');
    await expect(store.headPosition()).resolves.toBeGreaterThanOrEqual(appended.position);
  });
});

describe('PGlite event store: durability', () => {
  it('when the process reopens the data directory, it should find every event it appended', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pglite-'));
    try {
      const first = await createPgliteDatabase({ dataDir: dir });
      const store = await PostgresEventStore.open(first);
      const appended = await store.append('user-1', [newEvent('A'), newEvent('B')], 'no_stream');
      await store.close();
      await first.close();

      const second = await createPgliteDatabase({ dataDir: dir });
      const reopened = await PostgresEventStore.open(second);
      expect((await reopened.readStream('user-1')).map((e) => e.type)).toEqual(['A', 'B']);
      expect(await reopened.headPosition()).toBe(appended.position);
      await expect(reopened.append('user-1', [newEvent('C')], 1)).resolves.toMatchObject({
        nextExpectedVersion: 2,
      });
      await reopened.close();
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
