import { describe, expect, it } from 'vitest';
import { withSchemaLock } from '../../infra/postgres/index.js';
import { freshDatabase } from '../../test/support/freshDatabase.js';
import { CHECKS_TABLE, ensureChecksTable } from './workflowChecks.js';
import { workflowFollower } from './workflowFollower.js';

describe('workflow checks table', () => {
  const fresh = freshDatabase();

  it('when the follower set-up and the checks loop create it at once, neither should fail', async (ctx) => {
    const db = fresh.db;
    if (!db) return ctx.skip();
    const knex = db.knex;
    const follower = workflowFollower([]);
    for (let round = 0; round < 5; round++) {
      await knex.raw(`drop table if exists ${CHECKS_TABLE}`);
      const outcomes = await Promise.allSettled([
        // As each process's projection runner sets the follower up (under its projection lock)...
        ...Array.from({ length: 6 }, () =>
          withSchemaLock(knex, 'projection:workflows:1', (trx) => follower.setup(trx)),
        ),
        // ...and as each process's checks loop prepares the table before its first pass.
        ...Array.from({ length: 6 }, () => knex.transaction((trx) => ensureChecksTable(trx))),
      ]);
      expect(outcomes.filter((o) => o.status === 'rejected')).toEqual([]);
    }
  });
});
