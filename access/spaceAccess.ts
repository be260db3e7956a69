import type { Knex } from 'knex';
import { canWrite, type SpaceState } from '../domain/space/index.js';
import { spaceRoleOf } from '../features/sync/documents/index.js';
import type { Reader } from './Reader.js';

/**
 * A space's documents: every current member reads them (whatever their role); a former member
 * or an outsider does not. From the read model; the feed lists the same documents.
 */
export async function canReadSpace(knex: Knex, reader: Reader, spaceId: string): Promise<boolean> {
  return (await spaceRoleOf(knex, spaceId, reader.userId)) !== undefined;
}

/**
 * Writing a space's documents: its current owners and editors. Decided on the space as folded
 * from its stream (the command side does not wait for projections).
 */
export function canWriteSpace(reader: Reader, space: SpaceState): boolean {
  return space.status === 'active' && canWrite(space.members[reader.userId]);
}
