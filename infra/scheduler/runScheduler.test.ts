import { describe, expect, it } from 'vitest';
import { type Database } from '../postgres/index.js';
import { PostgresScheduler } from './PostgresScheduler.js';
import { templatedPglite } from '../../test/support/pgliteTemplate.js';

describe('scheduler runner', () => {
  it('when LISTEN fails at start, the runner should retry it and still fire due items', async () => {
    const real = await templatedPglite();
    let refusals = 1;
    const flaky: Database = {
      ...real,
      listen(channel, onNotify, onReset) {
        if (refusals-- > 0) return Promise.reject(new Error('connect ECONNREFUSED'));
        return real.listen(channel, onNotify, onReset);
      },
    };
    const scheduler = await PostgresScheduler.open(flaky);
    const errors: unknown[] = [];
    const fired: string[] = [];
    try {
      await scheduler.schedule({ key: 'k', kind: 'tick', dueAt: new Date(), payload: null });
      scheduler.run(
        { tick: async (item) => void fired.push(item.key) },
        { backoffMs: 10, onError: (error) => errors.push(error) },
      );
      await expect.poll(() => fired, { timeout: 10_000 }).toEqual(['k']);
      expect(errors).toHaveLength(1);
    } finally {
      await scheduler.close();
      await real.close();
    }
  });
});

describe('scheduler runner statements', () => {
  it('when one item is due, the runner should claim and fire it, then look for the next due time, and no more', async () => {
    const db = await templatedPglite();
    const scheduler = await PostgresScheduler.open(db);
    const fired: string[] = [];
    const statements: string[] = [];
    try {
      // Due a little later: the runner is asleep, waiting for it, when it comes due.
      await scheduler.schedule({ key: 'k', kind: 'tick', dueAt: new Date(Date.now() + 500), payload: null });
      scheduler.run({ tick: async (item) => void fired.push(item.key) });
      await new Promise((resolve) => setTimeout(resolve, 250));
      db.knex.on('query', (query: { sql: string }) => statements.push(query.sql.replace(/\s+/g, ' ')));
      await expect.poll(() => fired, { timeout: 5_000 }).toEqual(['k']);
      await new Promise((resolve) => setTimeout(resolve, 300));
      // BEGIN, the claim, COMMIT; then the next due time (none): no second claim.
      expect(statements).toHaveLength(4);
      expect(statements.filter((sql) => sql.startsWith('update scheduled_items'))).toHaveLength(1);
    } finally {
      await scheduler.close();
      await db.close();
    }
  });
});
