import type { Knex } from 'knex';
import type { SpaceRole } from '../../../domain/space/index.js';
import { activeTable } from '../../../projectors/runtime/index.js';

/**
 * The one SQL statement of who reads a space's documents: the spaces the user bound at its one
 * `?` is a current member of (joined, not left), with their role and the position they joined at.
 * The feed's space sources, blob reads and `spaceRoleOf` all select through it.
 */
export const currentMembershipsSql = (members: string) =>
  `select space_id, role, joined_position from ${members} where user_id = ?::uuid and left_position is null`;

/**
 * Documents (alias `d`) the user bound at both `?` may read: their private ones, and those of the
 * spaces they are a current member of.
 */
export const readableDocumentSql = (members: string) =>
  `((d.space_id is null and d.owner_id = ?::uuid) or d.space_id in (
    select cm.space_id from (${currentMembershipsSql(members)}) cm))`;

/** The user's role in the space while a current member, else undefined (as the read model has it). */
export async function spaceRoleOf(
  knex: Knex,
  spaceId: string,
  userId: string,
): Promise<SpaceRole | undefined> {
  const members = await activeTable(knex, 'documents', 'space_members');
  if (!members) return undefined;
  const result = await knex.raw<{ rows: { role: SpaceRole }[] }>(
    `select m.role from (${currentMembershipsSql(members)}) m where m.space_id = ?::uuid`,
    [userId, spaceId],
  );
  return result.rows[0]?.role;
}
