import { beforeAll, describe, expect, it } from 'vitest';
import { spaceDecider, type SpaceCommand } from '../domain/space/index.js';
import type { PostgresEventStore } from '../infra/eventStore/index.js';
import { pgliteEventStore } from '../test/support/pgliteEventStore.js';
import { toProblem } from '../platform/http/index.js';
import { handleCommand, PreconditionFailedError, type CommandContext } from './index.js';

const owner = '00000000-0000-4000-8000-000000000001';
const context = (commandId: string): CommandContext => ({
  commandId,
  correlationId: commandId,
  userId: owner,
  now: new Date('2026-01-01T00:00:00Z'),
});
const createSpace =
  (spaceId: string) =>
  (metadata: SpaceCommand['metadata']): SpaceCommand => ({
    type: 'CreateSpace',
    data: { spaceId, name: 'Team' },
    metadata,
  });

describe('handleCommand', () => {
  const embedded = pgliteEventStore();
  let store: PostgresEventStore;
  beforeAll(() => {
    store = embedded.store;
  });

  it('when the stream is not at the version the caller expects, it should throw its own PreconditionFailedError with the current version and append nothing', async () => {
    const stream = 'space-a1';
    await handleCommand({
      store,
      decider: spaceDecider,
      stream,
      command: createSpace('a1'),
      context: context('c1'),
    });
    const refused = handleCommand({
      store,
      decider: spaceDecider,
      stream,
      command: (metadata) => ({
        type: 'SetSpaceMember' as const,
        data: { userId: 'u2', role: 'viewer' as const },
        metadata,
      }),
      context: context('c2'),
      ifVersion: 0,
    });
    await expect(refused).rejects.toBeInstanceOf(PreconditionFailedError);
    await expect(refused).rejects.toMatchObject({ stream, expectedVersion: 0, currentVersion: 1 });
    expect(await store.readStream(stream)).toHaveLength(2);
  });

  it('when the HTTP error handler maps a PreconditionFailedError, it should answer 412 naming the current version', () => {
    const problem = toProblem(new PreconditionFailedError('space-a1', 0, 1));
    expect(problem.status).toBe(412);
    expect(problem.toJSON()).toMatchObject({
      type: '/problems/precondition-failed',
      detail: 'The resource is at version 1',
    });
  });
});
