import { describe, expect, it } from 'vitest';
import type { BlobUploaded } from '../../../domain/blob/index.js';
import type { SpaceEvent } from '../../../domain/space/index.js';
import type { DocumentEvent } from '../../../domain/sync/index.js';
import { at, userErased, uuid } from '../../../test/support/eventFixtures.js';
import { projectionSpec, type GivenEvent } from '../../../test/support/projectionSpec.js';
import { documentsProjection } from './documentsProjection.js';

const ann = uuid(1);
const bob = uuid(2);
const space = uuid(50);
const blobId = 'b'.repeat(22);
const stream = (id: string) => `doc-tasks-${id}`;

/** A change of document `id`; the first one (with `owner`) carries the scope. */
function changed(
  id: string,
  version: number,
  set: Record<string, unknown>,
  options: { unset?: string[]; owner?: string; spaceId?: string } = {},
): GivenEvent {
  const event: DocumentEvent = {
    type: 'DocumentChanged',
    data: {
      collection: 'tasks',
      documentId: id,
      mutationId: `m${version}`,
      clientId: 'c1',
      version,
      set,
      unset: options.unset ?? [],
      clocks: {},
      outcome: 'applied',
      conflictFields: [],
      ...(options.owner ? { scope: { ownerId: options.owner, spaceId: options.spaceId ?? null } } : {}),
    },
  };
  return { ...event, streamName: stream(id) };
}
const deleted = (id: string, version: number): GivenEvent => ({
  type: 'DocumentDeleted',
  data: { collection: 'tasks', documentId: id, mutationId: `m${version}`, clientId: 'c1', version, hlc: 'h' },
  streamName: stream(id),
});
const member = (
  userId: string,
  type: 'SpaceMemberSet' | 'SpaceMemberRemoved' = 'SpaceMemberSet',
): GivenEvent => {
  const event: SpaceEvent =
    type === 'SpaceMemberSet'
      ? { type, data: { spaceId: space, userId, role: 'editor', by: ann, at: at(2) } }
      : { type, data: { spaceId: space, userId, by: ann, at: at(2) } };
  return { ...event, streamName: `space-${space}` };
};
const upload: BlobUploaded = {
  type: 'BlobUploaded',
  data: { blobId, ownerId: ann, contentType: 'image/png', size: 3, sha256: 'abc', at: at(1) },
};

describe('documents projection', () => {
  const spec = projectionSpec(documentsProjection);

  it('when a document is created and changed, it should merge set fields, drop unset ones and remember where each field changed', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    const given = spec.given(
      changed('1', 1, { title: 'Milk', done: false }, { owner: ann }),
      changed('1', 2, { done: true }, { unset: ['title'] }),
    );
    await given.thenRows('documents', [
      {
        stream_name: stream('1'),
        collection: 'tasks',
        document_id: '1',
        owner_id: ann,
        space_id: null,
        fields: { done: true },
        field_positions: { title: 2, done: 2 },
        created_position: 1,
        deleted_at: null,
        version: 2,
        position: 2,
      },
    ]);
    await given.thenAnnounced({ [ann]: 2 });
  });

  it('when a document is deleted, it should stay as an empty tombstone; a later change revives it from that position', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    const created = changed('1', 1, { title: 'Milk' }, { owner: ann });
    await spec
      .given(created, deleted('1', 2))
      .thenRows('documents', [
        { fields: {}, field_positions: {}, deleted_at: new Date(at(2)), version: 2, position: 2 },
      ]);
    await spec
      .given(created, deleted('1', 2), changed('1', 3, { title: 'Eggs' }))
      .thenRows('documents', [
        { fields: { title: 'Eggs' }, deleted_at: null, created_position: 3, version: 3 },
      ]);
  });

  it('when an older change is delivered again, it should change nothing', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    const second = changed('1', 2, { title: 'Bread' });
    await spec
      .given(
        changed('1', 1, { title: 'Milk' }, { owner: ann }),
        second,
        changed('1', 3, { title: 'Eggs' }),
        second,
      )
      .thenRows('documents', [{ fields: { title: 'Eggs' }, version: 3, position: 3 }]);
  });

  it('when members join and leave a space, it should track their positions and announce a space document to its current members', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    const given = spec.given(
      member(ann),
      member(bob),
      member(bob, 'SpaceMemberRemoved'),
      changed('9', 1, { title: 'Plan' }, { owner: ann, spaceId: space }),
    );
    await given.thenRows('space_members', [
      { space_id: space, user_id: ann, role: 'editor', joined_position: 1, left_position: null },
      { space_id: space, user_id: bob, joined_position: 2, left_position: 3, left_at: expect.any(Date) },
    ]);
    await given.thenAnnounced({ [ann]: 4, [bob]: 3 });
  });

  it('when a document references an uploaded blob, it should record the reference until the document is deleted', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    const created = changed('1', 1, { photo: { $blob: blobId } }, { owner: ann });
    const given = spec.given(upload, created);
    await given.thenRows('blobs', [
      { blob_id: blobId, owner_id: ann, content_type: 'image/png', size: 3, position: 1 },
    ]);
    await given.thenRows('blob_refs', [{ blob_id: blobId, stream_name: stream('1') }]);
    await spec.given(upload, created, deleted('1', 2)).thenRows('blob_refs', []);
    // A change of other fields keeps the reference the document still holds; dropping the field drops it.
    await spec
      .given(upload, created, changed('1', 2, { title: 'holiday' }))
      .thenRows('blob_refs', [{ blob_id: blobId, stream_name: stream('1') }]);
    await spec.given(upload, created, changed('1', 2, {}, { unset: ['photo'] })).thenRows('blob_refs', []);
  });

  it('when a user is erased, it should delete their private documents, references and blobs, and keep space documents', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    await spec
      .given(
        upload,
        changed('1', 1, { photo: { $blob: blobId } }, { owner: ann }),
        changed('2', 1, { title: 'Bob’s' }, { owner: bob }),
        changed('9', 1, { title: 'Plan' }, { owner: ann, spaceId: space }),
        userErased(ann),
      )
      .inspect(async ({ rows }) => {
        expect((await rows('documents')).map((r) => r.stream_name)).toEqual([stream('2'), stream('9')]);
        expect(await rows('blob_refs')).toEqual([]);
        expect(await rows('blobs')).toEqual([]);
      });
  });
});
