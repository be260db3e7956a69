import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, postgresAvailable } from '../../../test/support/testDatabase.js';
import { createPostgresDatabase, type Database } from '../../postgres/index.js';
import { newEvent } from '../eventStoreContract.js';
import { APPEND_CHANNEL } from './constants.js';
import { PostgresEventStore } from './PostgresEventStore.js';

describe('Postgres event store: announcing appends to other processes', () => {
  let database: { url: string; drop: () => Promise<void> } | undefined;
  const opened: { db: Database; store: PostgresEventStore }[] = [];
  let probe: pg.Client;
  const heard: string[] = [];

  beforeAll(async () => {
    if (!(await postgresAvailable())) return;
    database = await createTestDatabase();
    // Hears every NOTIFY on the channel; not an Eventide listener, so it does not count as one.
    probe = new pg.Client({ connectionString: database.url, application_name: 'probe' });
    await probe.connect();
    probe.on('notification', (message) => heard.push(message.payload ?? ''));
    await probe.query(`listen ${APPEND_CHANNEL}`);
  });

  afterAll(async () => {
    for (const { db, store } of opened) {
      await store.close();
      await db.close();
    }
    await probe?.end();
    await database?.drop();
  });

  /** A store as another process would open it: a database connection and a listener of its own. */
  async function openStore(): Promise<PostgresEventStore> {
    const db = await createPostgresDatabase({ connectionString: database!.url });
    const store = await PostgresEventStore.open(db);
    opened.push({ db, store });
    return store;
  }

  /** Whether `store` is woken within `ms` while `act` runs. */
  async function wokenBy(
    store: PostgresEventStore,
    act: () => Promise<unknown>,
    ms = 3000,
  ): Promise<boolean> {
    const started = performance.now();
    const woken = store.waitForAppend(ms);
    await act();
    await woken;
    return performance.now() - started < ms - 100;
  }

  it('when a store is alone on its database, it should send no NOTIFY for its appends; once another opens, both should wake each other', async (ctx) => {
    if (!database) return ctx.skip();
    const first = await openStore();
    await vi.waitFor(() => expect(heard.filter((p) => p.startsWith('hello '))).toHaveLength(1));
    for (let i = 0; i < 3; i++) await first.append(`alone-${i}`, [newEvent('Made')], 'no_stream');
    // A NOTIFY sent after the appends would arrive before this one's answer: none came.
    await probe.query('select 1');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(heard.filter((p) => !/^(hello|here) /.test(p))).toEqual([]);

    const second = await openStore();
    // The second saw the first's listener when it opened; the first hears the second's hello.
    expect(await wokenBy(first, () => second.append('from-second', [newEvent('Made')], 'no_stream'))).toBe(
      true,
    );
    // The first hears the hello a moment after the probe does, and answers it.
    await vi.waitFor(() => expect(heard.filter((p) => p.startsWith('here '))).toHaveLength(1));
    let attempt = 0;
    await vi.waitFor(
      async () => {
        const append = () => first.append(`from-first-${attempt++}`, [newEvent('Made')], 'no_stream');
        expect(await wokenBy(second, append, 500)).toBe(true);
      },
      { timeout: 5000 },
    );
    await vi.waitFor(() =>
      expect(heard.filter((p) => !/^(hello|here) /.test(p)).length).toBeGreaterThanOrEqual(2),
    );
  });

  it('when two stores share one Database, an append by one should wake the other at once', async (ctx) => {
    if (!database) return ctx.skip();
    // A database of its own: no other store listens there.
    const own = await createTestDatabase();
    const db = await createPostgresDatabase({ connectionString: own.url });
    const one = await PostgresEventStore.open(db);
    const other = await PostgresEventStore.open(db);
    try {
      expect(await wokenBy(other, () => one.append('shared-db', [newEvent('Made')], 'no_stream'))).toBe(true);
    } finally {
      await other.close();
      await one.close();
      await db.close();
      await own.drop();
    }
  });
});
