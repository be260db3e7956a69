import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresDatabase, type Database } from '../../infra/postgres/index.js';
import { defineFeedSource, ensureProjectorSchema, type FeedRowHead } from '../../projectors/index.js';
import { createTestDatabase, postgresAvailable } from '../../test/support/testDatabase.js';
import { queryFeed } from './queryFeed.js';
import { templatedPglite } from '../../test/support/pgliteTemplate.js';

const USER = '00000000-0000-4000-8000-000000000001';
const OTHER = '00000000-0000-4000-8000-000000000002';

interface NoteRow extends FeedRowHead {
  title: string;
  pinned: boolean;
}

/** A system collection as a new feature would add it: its own table, SQL and Change. */
const notesSource = defineFeedSource<NoteRow>({
  name: 'notes',
  projection: 'notes',
  table: 'notes',
  collections: ['notes'],
  body: 'profile',
  select: (t) => `select 'notes'::text as collection, note_id as id, version, position,
      deleted_at, title, pinned from ${t} where user_id = ?::uuid`,
  toChange: (row, head) => ({
    ...head,
    profile: { id: row.id, displayName: row.title, emailVerified: row.pinned },
  }),
});

interface TagRow extends FeedRowHead {
  label: string;
}

/** App-collection rows of a second projection, to merge with the first. */
const tagsSource = defineFeedSource<TagRow>({
  name: 'tags',
  projection: 'tags',
  table: 'tags',
  collections: 'app',
  body: 'document',
  select: (t) => `select collection, tag_id as id, 1 as version, position, null::text as deleted_at,
      label from ${t} where user_id = ?::uuid`,
  toChange: (row, head) => ({ ...head, updateMask: { paths: [row.label] } }),
});

async function seed(db: Database): Promise<void> {
  const knex = db.knex;
  await ensureProjectorSchema(knex);
  await knex.raw(
    `insert into projection_registry (projection, active_version) values ('notes', 1), ('tags', 3)`,
  );
  await knex.raw(`create table rm_notes_v1 (note_id text, user_id uuid, version bigint, position bigint,
    deleted_at text, title text, pinned boolean)`);
  await knex.raw(
    `create table rm_tags_v3 (tag_id text, user_id uuid, collection text, position bigint, label text)`,
  );
  await knex.raw(
    `insert into rm_notes_v1 values ('n1', ?, 2, 10, null, 'first', true), ('n2', ?, 1, 40, '2026-01-01T00:00:00.000Z', null, null),
       ('n3', ?, 1, 20, null, 'not mine', false)`,
    [USER, USER, OTHER],
  );
  await knex.raw(
    `insert into rm_tags_v3 values ('t1', ?, 'labels', 20, 'red'), ('t2', ?, 'colors', 30, 'blue'),
       ('t3', ?, 'labels', 30, 'green'), ('t4', ?, 'labels', 50, 'late')`,
    [USER, USER, USER, USER],
  );
}

const databases: [string, () => Promise<{ db: Database; drop: () => Promise<void> }>][] = [
  [
    'PostgreSQL',
    async () => {
      const created = await createTestDatabase();
      const db = await createPostgresDatabase({ connectionString: created.url });
      return { db, drop: async () => (await db.close(), await created.drop()) };
    },
  ],
  [
    'PGlite',
    async () => {
      const db = await templatedPglite();
      return { db, drop: () => db.close() };
    },
  ],
];

describe.each(databases)('queryFeed over feed sources (%s)', (kind, open) => {
  let opened: { db: Database; drop: () => Promise<void> } | undefined;
  beforeAll(async () => {
    if (kind === 'PostgreSQL' && !(await postgresAvailable())) return;
    opened = await open();
    await seed(opened.db);
  });
  afterAll(async () => {
    await opened?.drop();
  });

  it('when sources are defined in their own folders, it should merge their rows in (position, collection, id) order, each with its own Change', async (ctx) => {
    if (!opened) return ctx.skip();
    const start = { position: 0, collection: '', id: '' };
    const entries = await queryFeed(opened.db, [notesSource, tagsSource], USER, start, 45, 10);
    expect(entries.map((e) => [e.position, e.collection, e.id])).toEqual([
      [10, 'notes', 'n1'],
      [20, 'labels', 't1'],
      [30, 'colors', 't2'],
      [30, 'labels', 't3'],
      [40, 'notes', 'n2'],
    ]);
    const context = { select: (_c: string, d: Record<string, unknown>) => d, maskBase: 0 };
    expect(entries[0]!.change(context)).toEqual({
      collection: 'notes',
      id: 'n1',
      version: 2,
      profile: { id: 'n1', displayName: 'first', emailVerified: true },
    });
    expect(entries[1]!.change(context)).toEqual({
      collection: 'labels',
      id: 't1',
      version: 1,
      updateMask: { paths: ['red'] },
    });
    expect(entries[4]!.change(context)).toEqual({
      collection: 'notes',
      id: 'n2',
      version: 1,
      tombstone: { deletedAt: '2026-01-01T00:00:00.000Z' },
    });
  });

  it('when a page is cut by its limit or a cursor or a collection filter, it should hold exactly the next rows', async (ctx) => {
    if (!opened) return ctx.skip();
    const ids = async (
      after: { position: number; collection: string; id: string },
      limit: number,
      only?: string[],
    ) =>
      (await queryFeed(opened!.db, [notesSource, tagsSource], USER, after, 100, limit, only)).map(
        (e) => e.id,
      );
    expect(await ids({ position: 0, collection: '', id: '' }, 2)).toEqual(['n1', 't1']);
    expect(await ids({ position: 30, collection: 'colors', id: 't2' }, 2)).toEqual(['t3', 'n2']);
    expect(await ids({ position: 0, collection: '', id: '' }, 10, ['notes'])).toEqual(['n1', 'n2']);
    expect(await ids({ position: 0, collection: '', id: '' }, 10, ['labels'])).toEqual(['t1', 't3', 't4']);
  });
});
