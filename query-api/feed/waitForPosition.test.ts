import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgresEventStore } from '../../infra/eventStore/index.js';
import type { Database } from '../../infra/postgres/index.js';
import { ensureProjectorSchema } from '../../projectors/index.js';
import { newEvent } from '../../infra/eventStore/eventStoreContract.js';
import { templatedPglite } from '../../test/support/pgliteTemplate.js';
import { requirePosition } from './waitForPosition.js';

describe('requirePosition', () => {
  let db: Database;
  let store: PostgresEventStore;
  let position = 0;
  beforeAll(async () => {
    db = await templatedPglite();
    store = await PostgresEventStore.open(db);
    await ensureProjectorSchema(db.knex);
    await db.knex('projection_registry').insert({ projection: 'lagging', active_version: 1 });
    await db.knex('projection_checkpoints').insert({
      projection: 'lagging',
      version: 1,
      partition: 0,
      partitions: 1,
      position: 0,
    });
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
});
