import type { Knex } from 'knex';
import type { Role } from '../domain/user/index.js';
import { readProfile } from '../features/accounts/profiles/index.js';
import type { Reader } from './Reader.js';

/** The reader's role while their account is active and not suspended (from the profiles read model). */
async function activeRoleOf(knex: Knex, reader: Reader): Promise<Role | undefined> {
  const me = await readProfile(knex, reader.userId);
  return me && !me.suspended ? me.role : undefined;
}

const isStaff = (role: Role | undefined) => role === 'support' || role === 'admin';

/**
 * Another user's profile, devices and sessions (search and detail): active support and admins.
 * A user reads their own through /v1/me and /v1/devices, which only ever read the reader's rows.
 */
export async function canReadUsers(knex: Knex, reader: Reader): Promise<boolean> {
  return isStaff(await activeRoleOf(knex, reader));
}

/** The audit log of staff actions: active admins only. */
export async function canReadAuditLog(knex: Knex, reader: Reader): Promise<boolean> {
  return (await activeRoleOf(knex, reader)) === 'admin';
}

/** Push operations (dead letters: list, replay): active admins only. */
export async function canOperatePush(knex: Knex, reader: Reader): Promise<boolean> {
  return (await activeRoleOf(knex, reader)) === 'admin';
}
