import { describe, expect, it } from 'vitest';
import type { UserErased, UserSignedIn } from '../../domain/user/index.js';
import { recordEvents } from '../../test/support/projectionSpec.js';
import { defineProjection } from './defineProjection.js';
import type { ProjectionContext } from './Projection.js';

describe('defineProjection', () => {
  const seen: string[] = [];
  const projection = defineProjection<UserErased | UserSignedIn>({
    name: 'typed',
    version: 1,
    handles: ['UserErased', 'UserSignedIn'],
    tables: [],
    setup: async () => undefined,
    // Typed: narrowing on the type narrows the data, no cast.
    apply: async (event) =>
      void seen.push(event.type === 'UserSignedIn' ? event.data.method : event.data.userId),
    partitionKey: (event) => event.data.userId,
  });
  const context = {} as ProjectionContext;

  it('should read only the types it handles, and hand those to apply typed', async () => {
    expect(projection.eventTypes).toEqual(['UserErased', 'UserSignedIn']);
    const events = recordEvents([
      { type: 'UserSignedIn', data: { userId: 'u1', method: 'passkey', deviceId: null, at: 't' } },
      { type: 'UserRegistered', data: { userId: 'u1' } },
      { type: 'UserErased', data: { userId: 'u1', at: 't', by: null } },
    ]);
    for (const event of events) await projection.handle(event, context);
    expect(seen).toEqual(['passkey', 'u1']);
  });

  it('should partition handled events by its key and others by their stream', () => {
    const [erased, other] = recordEvents([
      { type: 'UserErased', data: { userId: 'u7', at: 't', by: null }, streamName: 'user-u7' },
      { type: 'Unrelated', data: {}, streamName: 'x-1' },
    ]);
    expect(projection.partitionKey?.(erased!)).toBe('u7');
    expect(projection.partitionKey?.(other!)).toBe('x-1');
  });
});
