import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPostgresDatabase, type Database } from '../../infra/postgres/index.js';
import { createMetrics } from '../../platform/observability/index.js';
import { defineFeedSource, ensureProjectorSchema, type FeedRowHead } from '../../projectors/index.js';
import type { FeedPageProperties } from '../../proto/index.js';
import {
  FeedChangeTracker,
  FeedCursorCodec,
  FeedPullLog,
  feedSelection,
  type FeedCursor,
} from '../../query-api/index.js';
import { createTestDatabase, postgresAvailable } from '../../test/support/testDatabase.js';
import { followFeed, type FollowDeps } from './followFeed.js';

const USER = '00000000-0000-4000-8000-000000000001';
const OTHER = '00000000-0000-4000-8000-000000000002';
const device = (n: number) => `00000000-0000-4000-9000-00000000000${n}`;
const START: FeedCursor = { position: 0, collection: '', id: '', base: 0 };

interface NoteRow extends FeedRowHead {
  title: string;
}

/** A feed collection of its own (one projection, one table), as a feature adds one. */
const notes = defineFeedSource<NoteRow>({
  name: 'notes',
  projection: 'notes',
  table: 'notes',
  collections: ['notes'],
  body: 'profile',
  select: (t) => `select 'notes'::text as collection, note_id as id, 1 as version, position,
      null::text as deleted_at, title from ${t} where user_id = ?::uuid`,
  toChange: (row, head) => ({ ...head, profile: { id: row.id, displayName: row.title } }),
});

describe('followFeed: followers of one user at one cursor', () => {
  let db: Database | undefined;
  let drop: () => Promise<void> = () => Promise.resolve();
  const metrics = createMetrics();
  beforeAll(async () => {
    if (!(await postgresAvailable())) return;
    const created = await createTestDatabase();
    db = await createPostgresDatabase({ connectionString: created.url });
    drop = created.drop;
    await ensureProjectorSchema(db.knex);
    await FeedPullLog.ensureSchema(db.knex);
    await db.knex.raw(`insert into projection_registry (projection, active_version) values ('notes', 1)`);
    await db.knex.raw(
      `insert into projection_checkpoints (projection, version, partition, partitions, position) values ('notes', 1, 0, 1, 0)`,
    );
    await db.knex.raw(`create table rm_notes_v1 (note_id text, user_id uuid, position bigint, title text)`);
  });
  afterAll(async () => {
    await db?.close();
    await drop();
  });

  /** What a projection does, then announces: rows committed, its checkpoint moved. */
  async function project(rows: [string, string, number][], upTo: number): Promise<void> {
    for (const [id, userId, position] of rows)
      await db!.knex('rm_notes_v1').insert({ note_id: id, user_id: userId, position, title: id });
    await db!.knex('projection_checkpoints').where({ projection: 'notes' }).update({ position: upTo });
  }

  const queries = async () =>
    (await metrics.feedReads.get()).values.find((v) => v.labels.outcome === 'query')?.value ?? 0;

  const ids = (pages: FeedPageProperties[]) => pages.map((p) => (p.changes ?? []).map((c) => c.id));
  const selection = feedSelection({ collections: 'notes' });

  /** One process's feed: its own change tracker, cursor codec and pull log. */
  function feedProcess(): FollowDeps & { tracker: FeedChangeTracker; pulls: FeedPullLog } {
    return {
      db: db!,
      metrics,
      tracker: new FeedChangeTracker(),
      feedSources: [notes],
      cursors: new FeedCursorCodec('a-cursor-secret-of-thirty-two-bytes!'),
      pulls: new FeedPullLog(db!.knex),
    };
  }

  /** A device of USER following its `notes` from `cursor`, two changes a page. */
  function follow(deps: FollowDeps, n: number, cursor: FeedCursor) {
    const pages: FeedPageProperties[] = [];
    const stop = new AbortController();
    const following = followFeed(deps, {
      userId: USER,
      deviceId: device(n),
      subject: `${USER}|${selection.scope}`,
      cursor,
      selection,
      limit: 2,
      whole: false,
      signal: stop.signal,
      send: (page) => pages.push(page),
    });
    return { pages, stop, following };
  }

  it('when a change wakes them all, they should share each page read, and each should get every page once', async (ctx) => {
    if (!db) return ctx.skip();
    const deps = feedProcess();
    const { tracker, pulls } = deps;
    const before = await queries();
    const followers = [1, 2, 3, 4, 5].map((n) => follow(deps, n, START));
    await vi.waitFor(() => expect(followers.every((f) => f.pages.length === 1)).toBe(true));
    // Five first pages, one read.
    expect((await queries()) - before).toBe(1);

    await project(
      [
        ['n1', USER, 10],
        ['n2', USER, 20],
        ['other', OTHER, 25],
        ['n3', USER, 30],
      ],
      30,
    );
    tracker.advance(USER, 30);
    await vi.waitFor(() => expect(followers.every((f) => f.pages.length === 3)).toBe(true));
    for (const { pages } of followers) expect(ids(pages)).toEqual([[], ['n1', 'n2'], ['n3']]);
    // Two pages (the limit is 2) for five followers: two reads, not ten.
    expect((await queries()) - before).toBe(3);

    // One device goes away; the others go on, still sharing.
    followers[0]!.stop.abort();
    await followers[0]!.following;
    await project([['n4', USER, 40]], 40);
    tracker.advance(USER, 40);
    await vi.waitFor(() => expect(followers.slice(1).every((f) => f.pages.length === 4)).toBe(true));
    for (const { pages } of followers.slice(1))
      expect(ids(pages)).toEqual([[], ['n1', 'n2'], ['n3'], ['n4']]);
    expect(followers[0]!.pages).toHaveLength(3);
    expect((await queries()) - before).toBe(4);

    // Each device's pull is noted, though only one of them read.
    await pulls.flush();
    const noted = await db.knex('feed_pulls').orderBy('device_id').select('device_id', 'position');
    expect(
      noted.map((r: { device_id: string; position: string }) => [r.device_id, Number(r.position)]),
    ).toEqual([
      [device(1), 30],
      [device(2), 40],
      [device(3), 40],
      [device(4), 40],
      [device(5), 40],
    ]);
    for (const f of followers) f.stop.abort();
    await Promise.all(followers.map((f) => f.following));
  });

  it('when followers of one user are at different cursors, it should not share their reads, and each should get its own pages', async (ctx) => {
    if (!db) return ctx.skip();
    const deps = feedProcess();
    // The rows of the test before: n1 to n4 at positions 10 to 40.
    const before = await queries();
    const fromStart = follow(deps, 6, START);
    const afterN2 = follow(deps, 7, { position: 20, collection: 'notes', id: 'n2', base: 0 });
    await vi.waitFor(() => expect(fromStart.pages.length === 2 && afterN2.pages.length === 1).toBe(true));
    expect(ids(fromStart.pages)).toEqual([
      ['n1', 'n2'],
      ['n3', 'n4'],
    ]);
    expect(ids(afterN2.pages)).toEqual([['n3', 'n4']]);
    expect((await queries()) - before).toBe(3);
    for (const f of [fromStart, afterN2]) f.stop.abort();
    await Promise.all([fromStart.following, afterN2.following]);
  });
});
