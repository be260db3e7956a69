import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgresEventStore } from '../../infra/eventStore/index.js';
import type { Database } from '../../infra/postgres/index.js';
import { ensureProjectorSchema } from '../../projectors/index.js';
import { newEvent } from '../../infra/eventStore/eventStoreContract.js';
import { templatedPglite } from '../../test/support/pgliteTemplate.js';
import { FeedChangeTracker } from './FeedChangeTracker.js';
import { requirePosition, userChangeWake, waitForPosition } from './waitForPosition.js';

describe('requirePosition and waitForPosition', () => {
  let db: Database;
  let store: PostgresEventStore;
  let position = 0;
  beforeAll(async () => {
    db = await templatedPglite();
    store = await PostgresEventStore.open(db);
    await ensureProjectorSchema(db.knex);
    for (const projection of ['lagging', 'awake']) {
      await db.knex('projection_registry').insert({ projection, active_version: 1 });
      await db
        .knex('projection_checkpoints')
        .insert({ projection, version: 1, partition: 0, partitions: 1, position: 0 });
    }
    ({ position } = await store.append('user-1', [newEvent('Appended')], 'any'));
  });
  afterAll(async () => {
    await store.close();
    await db.close();
  });

  it('when the read models lag past the timeout, it should answer 503 with Retry-After', async () => {
    await expect(
      requirePosition({ db, store }, ['lagging'], position, 30, new AbortController().signal),
    ).rejects.toMatchObject({ status: 503, headers: { 'Retry-After': '1' } });
  });

  it('when the client leaves while waiting, it should not report the read models as behind (no 503)', async () => {
    const left = new AbortController();
    setTimeout(() => left.abort(), 20);
    await expect(
      requirePosition({ db, store }, ['lagging'], position, 5000, left.signal),
    ).rejects.toMatchObject({
      status: 499,
    });
  });

  it("when the user's change is announced after the projection committed it, it should look again at once rather than keep polling", async () => {
    const { position } = await store.append('user-2', [newEvent('Appended')], 'any');
    const tracker = new FeedChangeTracker();
    let looks = 0;
    const count = (query: { sql: string }) => {
      if (query.sql.includes('projection_checkpoints')) looks += 1;
    };
    db.knex.on('query', count);
    // The projection commits 150 ms later, then announces the user's change (as a runner does).
    const committed = (async () => {
      await new Promise((resolve) => setTimeout(resolve, 150));
      await db.knex('projection_checkpoints').where({ projection: 'awake' }).update({ position });
      tracker.advance('u2', position);
    })();
    try {
      const reached = await waitForPosition(
        db.knex,
        ['awake'],
        position,
        5000,
        new AbortController().signal,
        userChangeWake(tracker, 'u2', position),
      );
      expect(reached).toBe(true);
    } finally {
      db.knex.off('query', count);
      await committed;
    }
    // Polling every 2 ms would have looked about 30 times in those 150 ms.
    expect(looks).toBeLessThanOrEqual(10);
  });
});
