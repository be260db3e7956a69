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
