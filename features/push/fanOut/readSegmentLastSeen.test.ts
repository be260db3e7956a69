import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Segment } from '../../../domain/audience/index.js';
import { createPostgresDatabase, type Database } from '../../../infra/postgres/index.js';
import { ensureProjectorSchema, versionedTable } from '../../../projectors/runtime/index.js';
import { FEED_PULLS_TABLE, FeedPullLog } from '../../../query-api/index.js';
import { deviceRegistered, uuid } from '../../../test/support/eventFixtures.js';
import { templatedPglite } from '../../../test/support/pgliteTemplate.js';
import { recordEvents, type GivenEvent } from '../../../test/support/projectionSpec.js';
import { createTestDatabase, postgresAvailable } from '../../../test/support/testDatabase.js';
import { previewAudience } from '../campaigns/previewAudience.js';
import { notifierProjection } from '../notifier/index.js';
import { readAudiencePage } from './readAudiencePage.js';

const DAY = 86_400_000;
const now = Date.now();
const daysAgo = (days: number) => new Date(now - days * DAY);
const user = (n: number) => uuid(100 + n);
const session = (n: number) => uuid(200 + n);

/** Device n of user 100 + n, registered 40 days ago, then what `seen` adds. */
const registered = (n: number): GivenEvent => ({
  ...deviceRegistered(uuid(n), user(n)),
  createdAt: daysAgo(40),
});
const started = (n: number, days: number): GivenEvent => ({
  type: 'SessionStarted',
  data: {
    sessionId: session(n),
    userId: user(n),
    deviceId: uuid(n),
    refreshTokenHash: 'h',
    startedAt: daysAgo(days).toISOString(),
    expiresAt: daysAgo(-30).toISOString(),
  },
  streamName: `session-${session(n)}`,
  createdAt: daysAgo(days),
});
const refreshed = (n: number, days: number): GivenEvent => ({
  type: 'SessionRefreshed',
  data: {
    sessionId: session(n),
    generation: 1,
    refreshTokenHash: 'h2',
    refreshedAt: daysAgo(days).toISOString(),
    expiresAt: daysAgo(-30).toISOString(),
  },
  streamName: `session-${session(n)}`,
  createdAt: daysAgo(days),
});

/**
 * 1: a session started 40 days ago, refreshed 1.5 days ago (in a 7-day window).
 * 2: registered 40 days ago, nothing since (out).
 * 3: its feed pulled a day ago (in, through feed_pulls).
 * 4: registered 3 days ago (in).
 * 5: its device id's feed pulled today, but by another user (out).
 * 6: refreshed a day ago, the refresh applied before its session's start (in).
 * 7: its push target registered 6 days ago (in); 8: 8 days ago (out).
 */
const events: GivenEvent[] = [
  registered(1),
  started(1, 40),
  refreshed(1, 1.5),
  registered(2),
  registered(3),
  { ...registered(4), createdAt: daysAgo(3) },
  registered(5),
  registered(6),
  refreshed(6, 1),
  started(6, 40),
  ...[7, 8].flatMap((n): GivenEvent[] => [
    registered(n),
    {
      type: 'PushTargetRegistered',
      data: { deviceId: uuid(n), userId: user(n), target: { type: 'fcm', token: `f${n}` }, at: '' },
      createdAt: daysAgo(n === 7 ? 6 : 8),
    },
  ]),
];

/** The notifier (its own setup and handler) over `events`, and the query API's feed pulls. */
async function seed(db: Database): Promise<void> {
  await ensureProjectorSchema(db.knex);
  const table = (base: string) => versionedTable(base, notifierProjection.version);
  await db.knex.transaction(async (trx) => {
    await notifierProjection.setup(trx, table);
    for (const event of recordEvents(events))
      await notifierProjection.handle(event, {
        trx,
        table,
        publish: async () => {},
        announceChange: () => {},
      });
  });
  await db
    .knex('projection_registry')
    .insert({ projection: 'notifier', active_version: notifierProjection.version });
  await FeedPullLog.ensureSchema(db.knex);
  await db.knex(FEED_PULLS_TABLE).insert([
    { device_id: uuid(3), user_id: user(3), position: 1, pulled_at: daysAgo(1) },
    { device_id: uuid(5), user_id: user(9), position: 1, pulled_at: daysAgo(0) },
  ]);
}

describe.each(['postgres', 'pglite'] as const)('a segment by lastSeenWithinDays (%s)', (kind) => {
  let db: Database | undefined;
  let drop: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    if (kind === 'pglite') db = await templatedPglite();
    else if (await postgresAvailable()) {
      const database = await createTestDatabase();
      drop = database.drop;
      db = await createPostgresDatabase({ connectionString: database.url, poolMax: 2 });
    }
    if (db) await seed(db);
  });
  afterAll(async () => {
    await db?.close();
    await drop?.();
  });

  /** The device numbers of the segment, paged two rows at a time. */
  async function read(segment: Segment, nowMs?: number): Promise<number[]> {
    const ids: number[] = [];
    let after: string | null = null;
    do {
      const page = await readAudiencePage(
        db!.knex,
        { type: 'segment', segment },
        {
          after,
          limit: 2,
          ...(nowMs === undefined ? {} : { nowMs }),
        },
      );
      if (!page) throw new Error('not ready');
      ids.push(...page.devices.map((d) => Number(d.deviceId.slice(-12))));
      after = page.next;
    } while (after);
    return ids;
  }

  it('keeps the devices seen within the window (registered, signed in, refreshed, target, feed pull), in pages', async (ctx) => {
    if (!db) return ctx.skip();
    expect(await read({})).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(await read({ lastSeenWithinDays: 7 })).toEqual([1, 3, 4, 6, 7]);
    expect(await read({ lastSeenWithinDays: 7 }, now)).toEqual([1, 3, 4, 6, 7]);
    expect(await read({ lastSeenWithinDays: 1 }, now + 1000)).toEqual([]);
    expect(await read({ lastSeenWithinDays: 2 }, now)).toEqual([1, 3, 6]);
    expect(await read({ lastSeenWithinDays: 60 }, now)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    // Measured from the send's time: 10 days on, only what was seen in the last 2 days is in.
    expect(await read({ lastSeenWithinDays: 12 }, now + 10 * DAY)).toEqual([1, 3, 6]);
    expect(await read({ lastSeenWithinDays: 7, platforms: ['ios'] })).toEqual([1, 3, 4, 6, 7]);
  });

  it('the campaign preview counts the same devices', async (ctx) => {
    if (!db) return ctx.skip();
    const preview = (segment: Segment) => previewAudience(db!.knex, { type: 'segment', segment });
    expect(await preview({ lastSeenWithinDays: 7 })).toEqual({ devices: 5, users: 5 });
    expect(await preview({ lastSeenWithinDays: 2 })).toEqual({ devices: 3, users: 3 });
    expect(await preview({})).toEqual({ devices: 8, users: 8 });
  });
});
