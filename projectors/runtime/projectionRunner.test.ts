import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgresBus } from '../../infra/bus/index.js';
import { newEvent } from '../../infra/eventStore/eventStoreContract.js';
import { PostgresEventStore, type RecordedEvent } from '../../infra/eventStore/index.js';
import { createPostgresDatabase, type Database } from '../../infra/postgres/index.js';
import { TransientError } from '../../platform/errors/index.js';
import { createLogger, createMetrics } from '../../platform/observability/index.js';
import { createTestDatabase, postgresAvailable } from '../../test/support/testDatabase.js';
import { activeTable, activeVersion } from './activeVersion.js';
import { listParked, replayParked } from './parkedEvents.js';
import type { Projection } from './Projection.js';
import { ProjectionRunner, type RunnerOptions } from './ProjectionRunner.js';
import { ensureProjectorSchema } from './schema.js';

/** Counts events per stream; `failures` makes chosen events throw a number of times (Infinity: always). */
function counter(
  name: string,
  options: {
    version?: number;
    failures?: Map<string, number>;
    delayMs?: number;
    factor?: number;
    eventType?: string;
  } = {},
): Projection {
  return {
    name,
    version: options.version ?? 1,
    eventTypes: [options.eventType ?? 'Counted'],
    tables: ['counts'],
    async setup(trx, table) {
      await trx.raw(
        `create table if not exists ${table('counts')} (stream text primary key, n int not null, seen text[] not null)`,
      );
    },
    async handle(event: RecordedEvent, { trx, table }) {
      const left = options.failures?.get(event.id) ?? 0;
      if (left > 0) {
        options.failures!.set(event.id, left - 1);
        throw new Error(`boom on ${event.id}`);
      }
      if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
      await trx.raw(
        `insert into ${table('counts')} (stream, n, seen) values (?, ?, array[?])
         on conflict (stream) do update set n = ${table('counts')}.n + excluded.n, seen = ${table('counts')}.seen || excluded.seen`,
        // An event's own `factor` goes into an int column as given: a non-number is a data error.
        [event.streamName, (event.data.factor as number | undefined) ?? options.factor ?? 1, event.id],
      );
    },
  };
}

describe('ProjectionRunner', () => {
  let db: Database | undefined;
  let store: PostgresEventStore;
  let bus: PostgresBus;
  let drop: (() => Promise<void>) | undefined;
  const running: ProjectionRunner[] = [];

  const runner = (projection: Projection, extra: Partial<RunnerOptions> = {}) => {
    const r = new ProjectionRunner({
      projection,
      store,
      knex: db!.knex,
      bus,
      owner: extra.owner ?? 'test',
      logger: createLogger({ level: 'silent' }),
      metrics: createMetrics(),
      leaseMs: 600,
      batchSize: 20,
      maxAttempts: 3,
      backoffMs: { initial: 5, max: 20 },
      ...extra,
    });
    running.push(r);
    r.start();
    return r;
  };
  const append = async (stream: string, count = 1, type = 'Counted') => {
    let last = 0;
    for (let i = 0; i < count; i++) last = (await store.append(stream, [newEvent(type)], 'any')).position;
    return last;
  };
  const checkpoint = async (name: string, version = 1, partition = 0) =>
    Number(
      (
        await db!
          .knex('projection_checkpoints')
          .where({ projection: name, version, partition })
          .first<{ position: number }>('position')
      )?.position ?? 0,
    );
  const counts = async (table: string) =>
    Object.fromEntries(
      (await db!.knex(table).select<{ stream: string; n: number }[]>('stream', 'n')).map((r) => [
        r.stream,
        r.n,
      ]),
    );

  beforeAll(async () => {
    if (!(await postgresAvailable())) return;
    const database = await createTestDatabase();
    drop = database.drop;
    db = await createPostgresDatabase({ connectionString: database.url });
    store = await PostgresEventStore.open(db);
    bus = await PostgresBus.open(db);
    await ensureProjectorSchema(db.knex);
  });
  afterAll(async () => {
    await Promise.all(running.map((r) => r.stop()));
    await bus?.close();
    await store?.close();
    await db?.close();
    await drop?.();
  });

  it('when split into two partitions, together they should apply every event exactly once', async (ctx) => {
    if (!db) return ctx.skip();
    const streams = Array.from({ length: 12 }, (_, i) => `part-s${i}`);
    let head = 0;
    for (const s of streams) head = await append(s, 3);
    const projection = counter('partitioned');
    const p0 = runner(projection, { partition: { index: 0, count: 2 }, owner: 'p0' });
    const p1 = runner(projection, { partition: { index: 1, count: 2 }, owner: 'p1' });
    await expect
      .poll(
        async () => Math.min(await checkpoint('partitioned', 1, 0), await checkpoint('partitioned', 1, 1)),
        { timeout: 10_000 },
      )
      .toBeGreaterThanOrEqual(head);
    expect(await counts('rm_counts_v1')).toEqual(Object.fromEntries(streams.map((s) => [s, 3])));
    await Promise.all([p0.stop(), p1.stop()]);
  });

  it('when another process holds the lease, a second runner should wait, then take over at the checkpoint', async (ctx) => {
    if (!db) return ctx.skip();
    const projection = counter('leased');
    const a = runner(projection, { owner: 'a' });
    await append('lease-s', 5);
    await expect.poll(() => counts('rm_counts_v1').then((c) => c['lease-s']), { timeout: 10_000 }).toBe(5);
    const b = runner(projection, { owner: 'b' });
    await new Promise((r) => setTimeout(r, 800));
    const lease = await db
      .knex('projection_leases')
      .where({ projection: 'leased' })
      .first<{ owner: string }>('owner');
    expect(lease?.owner).toBe('a');
    await a.stop();
    const head = await append('lease-s', 5);
    await expect.poll(() => checkpoint('leased'), { timeout: 10_000 }).toBeGreaterThanOrEqual(head);
    expect(
      (await db.knex('projection_leases').where({ projection: 'leased' }).first<{ owner: string }>('owner'))
        ?.owner,
    ).toBe('b');
    expect((await counts('rm_counts_v1'))['lease-s']).toBe(10);
    await b.stop();
  });

  it('when a handler fails with an unclassified error, it should retry back to back, without backoff; after the last attempt it should park the event and go on', async (ctx) => {
    if (!db) return ctx.skip();
    const transient = newEvent('Counted');
    const poison = newEvent('Counted');
    const failures = new Map([
      [transient.id, 2],
      [poison.id, Infinity],
    ]);
    const projection = counter('flaky', { failures });
    await store.append('flaky-a', [transient], 'any');
    await store.append('flaky-b', [poison], 'any');
    const head = await append('flaky-c', 2);
    // A minute of backoff: retries that slept would not reach the head in time.
    const r = runner(projection, { backoffMs: { initial: 60_000, max: 60_000 } });
    await expect.poll(() => checkpoint('flaky'), { timeout: 10_000 }).toBeGreaterThanOrEqual(head);
    expect(await counts('rm_counts_v1')).toMatchObject({ 'flaky-a': 1, 'flaky-c': 2 });
    expect((await counts('rm_counts_v1'))['flaky-b']).toBeUndefined();
    const parked = (await listParked(db.knex, { pending: true })).filter((p) => p.projection === 'flaky');
    expect(parked).toHaveLength(1);
    expect(parked[0]).toMatchObject({
      event_id: poison.id,
      stream_name: 'flaky-b',
      attempts: 3,
      event_type: 'Counted',
    });
    expect(parked[0]?.error).toContain('boom');

    // Ops fix the cause and replay it: applied once, marked replayed.
    failures.set(poison.id, 0);
    await replayParked({ knex: db.knex, store, bus, projections: [projection] }, parked[0]!.id);
    expect((await counts('rm_counts_v1'))['flaky-b']).toBe(1);
    expect(await listParked(db.knex, { pending: true })).toHaveLength(0);
    await expect(
      replayParked({ knex: db.knex, store, bus, projections: [projection] }, parked[0]!.id),
    ).rejects.toThrow(/already replayed/);
    await r.stop();
  });

  it('when a batch holds events that fail on their data, it should park each at its first attempt and apply the rest of the batch in the same pass, without backoff', async (ctx) => {
    if (!db) return ctx.skip();
    // A minute of backoff: a runner that retried these events with backoff would not reach the head.
    const typeErrors = new Map<string, number>();
    const projection = counter('poisoned', { eventType: 'Poisoned', failures: typeErrors });
    const thrown = counter('poisoned', { eventType: 'Poisoned' });
    const poisonIds: string[] = [];
    let head = 0;
    for (let i = 0; i < 60; i++) {
      // Every 6th event carries a factor Postgres refuses (22P02); every 10th makes the handler throw a TypeError.
      const event = newEvent('Poisoned', i % 6 === 0 ? { factor: 'many' } : {});
      if (i % 6 === 0 || i % 10 === 0) poisonIds.push(event.id);
      head = (await store.append(`poisoned-s${i % 4}`, [event], 'any')).position;
      if (i % 10 === 0 && i % 6 !== 0) typeErrors.set(event.id, Infinity);
    }
    const r = runner(
      {
        ...projection,
        handle: (event, context) =>
          typeErrors.has(event.id)
            ? Promise.reject(new TypeError(`cannot read "\u0000" in ${event.id}`))
            : thrown.handle(event, context),
      },
      { backoffMs: { initial: 60_000, max: 60_000 } },
    );
    await expect.poll(() => checkpoint('poisoned'), { timeout: 10_000 }).toBeGreaterThanOrEqual(head);
    const parked = (await listParked(db.knex)).filter((p) => p.projection === 'poisoned');
    expect(parked.map((p) => p.event_id).sort()).toEqual([...poisonIds].sort());
    expect(new Set(parked.map((p) => p.attempts))).toEqual(new Set([1]));
    expect(parked.some((p) => p.error.includes('invalid input syntax'))).toBe(true);
    // The message quoted a NUL, which Postgres text refuses: it is stored spelled out.
    expect(parked.some((p) => p.error.startsWith('TypeError: cannot read "\\u0000"'))).toBe(true);
    const c = await counts('rm_counts_v1');
    const applied = [0, 1, 2, 3].reduce((sum, i) => sum + (c[`poisoned-s${i}`] ?? 0), 0);
    expect(applied).toBe(60 - poisonIds.length);
    await r.stop();
  });

  it('when an event fails transiently while another of its batch is parked, it should commit nothing until the infrastructure is back, then park the poison once', async (ctx) => {
    if (!db) return ctx.skip();
    const poison = newEvent('Mixed');
    const flaky = newEvent('Mixed');
    let outages = 3;
    const base = counter('mixed', { eventType: 'Mixed' });
    const projection: Projection = {
      ...base,
      async handle(event, context) {
        if (event.id === poison.id) throw new TypeError('poison');
        if (event.id === flaky.id && outages-- > 0)
          throw Object.assign(new Error('deadlock'), { code: '40P01' });
        await base.handle(event, context);
      },
    };
    await append('mixed-a', 2, 'Mixed');
    await store.append('mixed-b', [poison], 'any');
    await store.append('mixed-c', [flaky], 'any');
    const head = await append('mixed-a', 2, 'Mixed');
    const r = runner(projection);
    await expect.poll(() => checkpoint('mixed'), { timeout: 10_000 }).toBeGreaterThanOrEqual(head);
    expect(outages).toBeLessThan(0);
    expect(await counts('rm_counts_v1')).toMatchObject({ 'mixed-a': 4, 'mixed-c': 1 });
    const parked = (await listParked(db.knex)).filter((p) => p.projection === 'mixed');
    expect(parked.map((p) => [p.event_id, p.attempts])).toEqual([[poison.id, 1]]);
    await r.stop();
  });

  it('when the failure is transient (infrastructure), it should retry past maxAttempts and never park', async (ctx) => {
    if (!db) return ctx.skip();
    let outages = 8;
    const projection: Projection = {
      ...counter('outage', { eventType: 'Outage' }),
      async handle(event, context) {
        if (outages > 0) {
          outages--;
          throw new TransientError('bus unavailable');
        }
        await counter('outage', { eventType: 'Outage' }).handle(event, context);
      },
    };
    const head = await append('outage-s', 1, 'Outage');
    const r = runner(projection);
    await expect.poll(() => checkpoint('outage'), { timeout: 10_000 }).toBeGreaterThanOrEqual(head);
    expect(outages).toBe(0);
    expect((await counts('rm_counts_v1'))['outage-s']).toBe(1);
    expect((await listParked(db.knex)).filter((p) => p.projection === 'outage')).toEqual([]);
    await r.stop();
  });

  it('when a new version is deployed, it should build beside the old one and take over only once caught up', async (ctx) => {
    if (!db) return ctx.skip();
    const v1 = runner(counter('bluegreen'));
    const head = await append('bg-s', 40);
    await expect.poll(() => checkpoint('bluegreen'), { timeout: 10_000 }).toBeGreaterThanOrEqual(head);
    // The switch-over is recorded right after the commit that reaches the head.
    await expect.poll(() => activeVersion(db!.knex, 'bluegreen'), { timeout: 5000 }).toBe(1);

    const v2 = runner(counter('bluegreen', { version: 2, delayMs: 25, factor: 10 }), { owner: 'v2' });
    await expect.poll(() => checkpoint('bluegreen', 2), { timeout: 10_000 }).toBeGreaterThan(0);
    // Mid-build: v1 still serves, complete; v2 is partial.
    expect(
      (
        await db
          .knex('projection_registry')
          .where({ projection: 'bluegreen' })
          .first<{ active_version: number }>('active_version')
      )?.active_version,
    ).toBe(1);
    expect((await counts('rm_counts_v1'))['bg-s']).toBe(40);
    await expect
      .poll(
        async () =>
          (
            await db!
              .knex('projection_registry')
              .where({ projection: 'bluegreen' })
              .first<{ active_version: number }>('active_version')
          )?.active_version,
        { timeout: 20_000 },
      )
      .toBe(2);
    expect((await counts('rm_counts_v2'))['bg-s']).toBe(400);
    await new Promise((r) => setTimeout(r, 1100));
    expect(await activeTable(db.knex, 'bluegreen', 'counts')).toBe('rm_counts_v2');
    await Promise.all([v1.stop(), v2.stop()]);
  });

  it('when stopped mid-batch (SIGTERM), it should finish the batch, commit its checkpoint and release the lease', async (ctx) => {
    if (!db) return ctx.skip();
    const head = await append('drain-s', 30, 'Drained');
    const r = runner(counter('draining', { delayMs: 20, eventType: 'Drained' }), { batchSize: 30 });
    await expect
      .poll(
        () =>
          db!
            .knex('projection_leases')
            .where({ projection: 'draining' })
            .count<{ count: string }[]>('* as count')
            .then((x) => Number(x[0]?.count)),
        { timeout: 5000 },
      )
      .toBe(1);
    await new Promise((r) => setTimeout(r, 200));
    await r.stop();
    const applied = (await counts('rm_counts_v1'))['drain-s'] ?? 0;
    expect(await checkpoint('draining')).toBeGreaterThanOrEqual(head);
    expect(applied).toBe(30);
    expect(
      await db
        .knex('projection_leases')
        .where({ projection: 'draining' })
        .count<{ count: string }[]>('* as count')
        .then((x) => Number(x[0]?.count)),
    ).toBe(0);
  });
});
