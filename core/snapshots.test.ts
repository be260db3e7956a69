import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spaceDecider, type SpaceCommand, type SpaceRole } from '../domain/space/index.js';
import { PostgresEventStore, PostgresSnapshotStore, type EventStore } from '../infra/eventStore/index.js';
import { type Database } from '../infra/postgres/index.js';
import { foldStream, handleCommand, type CommandContext } from './index.js';
import { templatedPglite } from '../test/support/pgliteTemplate.js';

const owner = '00000000-0000-4000-8000-000000000001';
let n = 0;
const context = (): CommandContext => ({
  commandId: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  correlationId: 'snapshots',
  userId: owner,
  now: new Date('2026-01-01T00:00:00Z'),
});
const setMember =
  (role: SpaceRole) =>
  (metadata: SpaceCommand['metadata']): SpaceCommand => ({
    type: 'SetSpaceMember',
    data: { userId: 'u2', role },
    metadata,
  });

describe('handleCommand with snapshots', () => {
  let db: Database;
  let store: PostgresEventStore;
  let snapshots: PostgresSnapshotStore;
  const reads: number[] = [];
  let counting: EventStore;
  beforeAll(async () => {
    db = await templatedPglite();
    store = await PostgresEventStore.open(db);
    snapshots = await PostgresSnapshotStore.open(db);
    counting = Object.assign(Object.create(store) as EventStore, {
      readStream: async (...args: Parameters<EventStore['readStream']>) => {
        const events = await store.readStream(...args);
        reads.push(events.length);
        return events;
      },
    });
  });
  afterAll(async () => {
    await store.close();
    await db.close();
  });

  const run = (
    stream: string,
    decider: typeof spaceDecider,
    command: (m: SpaceCommand['metadata']) => SpaceCommand,
  ) => handleCommand({ store: counting, snapshots, decider, stream, command, context: context() });

  it('when a stream grows past the snapshot interval, a command should read only the events after the latest snapshot and decide on the same state as a full fold', async () => {
    const decider = { ...spaceDecider, snapshot: { version: 1, every: 5 } };
    const stream = 'space-grows';
    await run(stream, decider, (metadata) => ({
      type: 'CreateSpace',
      data: { spaceId: 'grows', name: 'G' },
      metadata,
    }));
    for (let i = 0; i < 23; i++) await run(stream, decider, setMember(i % 2 ? 'viewer' : 'editor'));
    reads.length = 0;
    const last = await run(stream, decider, setMember('owner'));
    expect(reads[0]).toBeLessThan(5);
    expect(last.version).toBe(25);
    expect(last.state).toEqual(foldStream(spaceDecider, await store.readStream(stream)));
    expect(await snapshots.read(stream)).toMatchObject({ version: 24, stateVersion: 1 });
  });

  it('when the decider snapshot version changes, older snapshots should be ignored and the stream folded from the start', async () => {
    const stream = 'space-stale';
    const v1 = { ...spaceDecider, snapshot: { version: 1, every: 1000 } };
    await run(stream, v1, (metadata) => ({
      type: 'CreateSpace',
      data: { spaceId: 'stale', name: 'S' },
      metadata,
    }));
    // A snapshot of version 1 whose state lacks the owner: read, it makes the owner an outsider.
    const wrong = { status: 'active', spaceId: 'stale', name: 'S', members: {} };
    await snapshots.write({ stream, version: 1, position: 0, stateVersion: 1, state: wrong });
    await expect(run(stream, v1, setMember('viewer'))).rejects.toMatchObject({ code: 'not_found' });
    const v2 = { ...spaceDecider, snapshot: { version: 2, every: 1000 } };
    const result = await run(stream, v2, setMember('viewer'));
    expect(result).toMatchObject({ appended: 1, version: 2 });
    expect(result.state).toEqual(foldStream(spaceDecider, await store.readStream(stream)));
  });
});
