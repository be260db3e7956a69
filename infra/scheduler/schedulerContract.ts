import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../postgres/index.js';
import type { DueItem, HandlerContext, RunnerOptions, Scheduler, SchedulerRunner } from './Scheduler.js';

export interface SchedulerFixture {
  db: Database;
  scheduler: Scheduler;
  /** Closes the scheduler and its database, opens them again and returns the new ones. */
  restart(): Promise<{ db: Database; scheduler: Scheduler }>;
  dispose(): Promise<void>;
}

const inAnHour = () => new Date(Date.now() + 3_600_000);
const anHourAgo = () => new Date(Date.now() - 3_600_000);

/** A handler for a kind of its own, recording every call and what it was given. */
function recorder(handle?: (item: DueItem, context: HandlerContext) => Promise<void>) {
  const kind = `k-${randomUUID().slice(0, 8)}`;
  const calls: DueItem[] = [];
  const runners: SchedulerRunner[] = [];
  return {
    kind,
    calls,
    keys: () => calls.map((c) => c.key),
    item: (key: string, dueAt: Date, payload: unknown = { key }) => ({ key, kind, dueAt, payload }),
    run(scheduler: Scheduler, options?: RunnerOptions) {
      const runner = scheduler.run(
        {
          [kind]: async (item, context) => {
            calls.push(item);
            await handle?.(item, context);
          },
        },
        options,
      );
      runners.push(runner);
      return runner;
    },
    stop: () => Promise.all(runners.map((r) => r.stop())),
  };
}

/** The behaviour the scheduler shows on every database it runs on. */
export function describeSchedulerContract(name: string, open: () => Promise<SchedulerFixture | undefined>) {
  describe(`Scheduler contract: ${name}`, () => {
    let fixture: SchedulerFixture | undefined;
    let scheduler: Scheduler;
    beforeAll(async () => {
      fixture = await open();
      if (fixture) scheduler = fixture.scheduler;
    }, 60_000);
    afterAll(async () => {
      await fixture?.dispose();
    }, 60_000);

    it('when an item is due in the past, it should fire at once and a future one should wait', async (ctx) => {
      if (!fixture) return ctx.skip();
      const r = recorder();
      await scheduler.schedule(r.item('late', anHourAgo(), { n: 1 }));
      await scheduler.schedule(r.item('later', inAnHour()));
      r.run(scheduler);
      await expect.poll(r.keys, { timeout: 10_000 }).toEqual(['late']);
      expect(r.calls[0]).toMatchObject({ kind: r.kind, payload: { n: 1 }, attempt: 1 });
      expect(r.calls[0]?.commandId).toMatch(/^[0-9a-f-]{36}$/);
      await r.stop();
      expect(r.keys()).toEqual(['late']);
      expect((await scheduler.get('later'))?.status).toBe('pending');
      expect((await scheduler.get('late'))?.status).toBe('done');
    });

    it('when a key is scheduled twice, it should keep the first item and fire it once', async (ctx) => {
      if (!fixture) return ctx.skip();
      const r = recorder();
      const key = `twice-${r.kind}`;
      expect(await scheduler.schedule(r.item(key, anHourAgo(), { first: true }))).toBe(true);
      expect(await scheduler.schedule(r.item(key, anHourAgo(), { first: false }))).toBe(false);
      expect(await scheduler.scheduleMany([r.item(key, new Date()), r.item(`${key}-b`, new Date())])).toBe(1);
      r.run(scheduler);
      await expect.poll(() => r.calls.length, { timeout: 10_000 }).toBe(2);
      expect(await scheduler.schedule(r.item(key, anHourAgo(), { again: true }))).toBe(false);
      await r.stop();
      expect(r.calls.filter((c) => c.key === key).map((c) => c.payload)).toEqual([{ first: true }]);
    });

    it('when an item is cancelled before it is due, it should never fire', async (ctx) => {
      if (!fixture) return ctx.skip();
      const r = recorder();
      const soon = Date.now() + 300;
      await scheduler.schedule(r.item('cancelled', new Date(soon)));
      await scheduler.schedule(r.item('after-it', new Date(soon + 300)));
      r.run(scheduler);
      expect(await scheduler.cancel('cancelled')).toBe(true);
      expect(await scheduler.cancel('cancelled')).toBe(false);
      // Items fire in due order: once the later one has fired, the cancelled one would have too.
      await expect.poll(r.keys, { timeout: 10_000 }).toEqual(['after-it']);
      await r.stop();
      expect((await scheduler.get('cancelled'))?.status).toBe('cancelled');
      expect(await scheduler.schedule(r.item('cancelled', anHourAgo()))).toBe(false);
      expect(await scheduler.cancel('after-it')).toBe(false);
    });

    it('when a runner sleeps until a later item, it should wake for an earlier one scheduled meanwhile', async (ctx) => {
      if (!fixture) return ctx.skip();
      const r = recorder();
      await scheduler.schedule(r.item('in-an-hour', inAnHour()));
      r.run(scheduler);
      await scheduler.schedule(r.item('now', new Date()));
      // Well under the runner's 10 s safety-net sleep: only the NOTIFY can have woken it.
      await expect.poll(r.keys, { timeout: 5000 }).toEqual(['now']);
      await r.stop();
    });

    it('when a handler keeps failing, it should be retried with backoff, then dead-lettered and listed', async (ctx) => {
      if (!fixture) return ctx.skip();
      let failing = true;
      const r = recorder(async () => {
        if (failing) throw new Error('provider down');
      });
      await scheduler.schedule(r.item('doomed', anHourAgo()));
      const failures: boolean[] = [];
      r.run(scheduler, {
        maxAttempts: 3,
        backoffMs: 20,
        onFailure: (_item, _error, dead) => failures.push(dead),
      });
      await expect
        .poll(async () => (await scheduler.get('doomed'))?.status, { timeout: 10_000 })
        .toBe('dead');
      expect(r.calls.map((c) => c.attempt)).toEqual([1, 2, 3]);
      expect(failures).toEqual([false, false, true]);
      const dead = await scheduler.deadLetters();
      expect(dead.find((d) => d.key === 'doomed')).toMatchObject({
        kind: r.kind,
        attempts: 3,
        lastError: 'Error: provider down',
      });
      failing = false;
      expect(await scheduler.retryDead('doomed')).toBe(true);
      await expect
        .poll(async () => (await scheduler.get('doomed'))?.status, { timeout: 10_000 })
        .toBe('done');
      await r.stop();
      expect(r.calls.map((c) => c.attempt)).toEqual([1, 2, 3, 1]);
      // Every run of an item issues its command under the same id: a re-run appends nothing.
      expect(new Set(r.calls.map((c) => c.commandId)).size).toBe(1);
    });

    it('when one handler of a batch fails once, every item should take effect exactly once', async (ctx) => {
      if (!fixture) return ctx.skip();
      const table = `effects_${randomUUID().slice(0, 8)}`;
      const knex = fixture.db.knex;
      await knex.raw(`create table ${table} (key text not null)`);
      let failed = false;
      const r = recorder(async (item, { trx }) => {
        await trx(table).insert({ key: item.key });
        if (item.key === 'b' && !failed) {
          failed = true;
          throw new Error('once');
        }
      });
      await scheduler.scheduleMany(['a', 'b', 'c', 'd'].map((key) => r.item(key, anHourAgo())));
      const reported: string[] = [];
      r.run(scheduler, { backoffMs: 1, onDone: (items) => reported.push(...items.map((item) => item.key)) });
      await expect
        .poll(async () => (await knex(table).count<{ n: number }[]>('* as n'))[0]?.n, { timeout: 10_000 })
        .toEqual(4);
      await r.stop();
      const rows = await knex(table).select<{ key: string }[]>('key').orderBy('key');
      expect(rows.map((row) => row.key)).toEqual(['a', 'b', 'c', 'd']);
      expect((await scheduler.get('b'))?.attempts).toBe(2);
      expect(reported.sort()).toEqual(['a', 'b', 'c', 'd']);
    });

    it('when the process restarts, an item scheduled before should fire after', async (ctx) => {
      if (!fixture) return ctx.skip();
      const r = recorder();
      await scheduler.schedule(r.item('survivor', new Date(Date.now() + 200), { kept: true }));
      ({ scheduler } = await fixture.restart());
      r.run(scheduler);
      await expect.poll(r.keys, { timeout: 10_000 }).toEqual(['survivor']);
      expect(r.calls[0]?.payload).toEqual({ kept: true });
      await r.stop();
    });
  });
}
