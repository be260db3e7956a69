import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { SpaceRole, SpaceState } from '../domain/space/index.js';
import type { Database } from '../infra/postgres/index.js';
import { documentsProjection, spaceDocumentFeedSource } from '../features/sync/documents/index.js';
import { profilesProjection } from '../features/accounts/profiles/index.js';
import { readModelDatabase } from '../test/support/readModelDatabase.js';
import { canReadAuditLog, canReadBlob, canReadSpace, canReadUsers, canWriteSpace } from './index.js';

const id = () => randomUUID();
const [alice, bob, carol, dave, admin, support, suspendedAdmin] = [id(), id(), id(), id(), id(), id(), id()];
const [space, otherSpace] = [id(), id()];
const reader = (userId: string) => ({ userId });

describe('access policy, on the read models of a real Postgres schema', () => {
  const readModel = readModelDatabase([documentsProjection, profilesProjection], (db) => seed(db));
  const { table } = readModel;
  let position = 0;
  const member = (userId: string, spaceId: string, role: SpaceRole, left = false) => ({
    space_id: spaceId,
    user_id: userId,
    role,
    joined_position: ++position,
    left_position: left ? ++position : null,
    left_at: left ? new Date() : null,
    position,
  });
  const document = (stream: string, ownerId: string, spaceId: string | null, deleted = false) => ({
    stream_name: stream,
    collection: 'notes',
    document_id: stream,
    owner_id: ownerId,
    space_id: spaceId,
    fields: { title: stream },
    version: 1,
    position: ++position,
    deleted_at: deleted ? new Date() : null,
    updated_at: new Date(),
    created_position: position,
    field_positions: {},
  });
  const blob = (blobId: string, ownerId: string) => ({
    blob_id: blobId,
    owner_id: ownerId,
    content_type: 'image/png',
    size: 3,
    sha256: 'abc',
    position: ++position,
  });
  const profile = (userId: string, role: string, suspended = false) => ({
    user_id: userId,
    email: `${userId}@example.com`,
    display_name: userId,
    email_verified: true,
    role,
    suspended,
    created_at: new Date(),
    updated_at: new Date(),
    version: 1,
    position: ++position,
  });

  async function seed(db: Database) {
    const t = (base: string) => table(documentsProjection, base);
    await db
      .knex(t('space_members'))
      .insert([
        member(alice, space, 'owner'),
        member(bob, space, 'editor'),
        member(carol, space, 'viewer', true),
        member(dave, otherSpace, 'owner'),
      ]);
    await db
      .knex(t('documents'))
      .insert([
        document('in-space', alice, space),
        document('dave-private', dave, null),
        document('deleted-in-space', alice, space, true),
      ]);
    await db
      .knex(t('blobs'))
      .insert([blob('b-space', dave), blob('b-private', dave), blob('b-deleted', dave)]);
    await db.knex(t('blob_refs')).insert([
      { blob_id: 'b-space', stream_name: 'in-space' },
      { blob_id: 'b-private', stream_name: 'dave-private' },
      { blob_id: 'b-deleted', stream_name: 'deleted-in-space' },
    ]);
    await db
      .knex(table(profilesProjection, 'profiles'))
      .insert([
        profile(alice, 'user'),
        profile(admin, 'admin'),
        profile(support, 'support'),
        profile(suspendedAdmin, 'admin', true),
      ]);
  }

  it("when members, a left member and an outsider ask for a space's documents, only current members should read them", async (ctx) => {
    if (!readModel.db) return ctx.skip();
    const may = (userId: string) => canReadSpace(readModel.db!.knex, reader(userId), space);
    expect(await Promise.all([alice, bob, carol, dave, admin].map(may))).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
    // The feed's space source lists by the same rule: the left member and the outsider see nothing.
    const sql = spaceDocumentFeedSource.select(table(documentsProjection, 'documents'));
    const listed = async (userId: string) =>
      (await readModel.db!.knex.raw<{ rows: { id: string }[] }>(sql, [userId])).rows.map((r) => r.id).sort();
    expect(await listed(bob)).toEqual([`${space}/deleted-in-space`, `${space}/in-space`]);
    expect(await listed(carol)).toEqual([]);
    expect(await listed(dave)).toEqual([]);
  });

  it('when a blob is asked for, its uploader and readers of a live document referencing it should read it, no one else', async (ctx) => {
    if (!readModel.db) return ctx.skip();
    const may = (userId: string, blobId: string) =>
      canReadBlob(readModel.db!.knex, reader(userId), { blobId, ownerId: dave });
    // In a space document: its current members (and the uploader), not a left member.
    expect(await Promise.all([alice, bob, carol, dave, admin].map((u) => may(u, 'b-space')))).toEqual([
      true,
      true,
      false,
      true,
      false,
    ]);
    // In a private document: its owner only.
    expect(await Promise.all([alice, bob, dave].map((u) => may(u, 'b-private')))).toEqual([
      false,
      false,
      true,
    ]);
    // Only in a deleted document: members lose it, the uploader keeps it.
    expect(await Promise.all([alice, bob, dave].map((u) => may(u, 'b-deleted')))).toEqual([
      false,
      false,
      true,
    ]);
  });

  it('when staff and users ask for other users or the audit log, only active staff (admins for the log) should read them', async (ctx) => {
    if (!readModel.db) return ctx.skip();
    const users = [admin, support, suspendedAdmin, alice, id()];
    expect(await Promise.all(users.map((u) => canReadUsers(readModel.db!.knex, reader(u))))).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(await Promise.all(users.map((u) => canReadAuditLog(readModel.db!.knex, reader(u))))).toEqual([
      true,
      false,
      false,
      false,
      false,
    ]);
  });

  it("when the command side decides on a space's stream, owners and editors should write and no one else", () => {
    const state: SpaceState = {
      status: 'active',
      spaceId: space,
      name: 'Team',
      members: { [alice]: 'owner', [bob]: 'editor', [carol]: 'viewer' },
    };
    expect([alice, bob, carol, dave].map((u) => canWriteSpace(reader(u), state))).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(canWriteSpace(reader(alice), { status: 'none' })).toBe(false);
  });
});
