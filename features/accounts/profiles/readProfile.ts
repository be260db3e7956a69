import type { Knex } from 'knex';
import type { Role } from '../../../domain/user/index.js';
import { activeTable } from '../../../projectors/runtime/index.js';

export interface ProfileRow {
  id: string;
  email: string;
  displayName: string;
  emailVerified: boolean;
  role: Role;
  suspended: boolean;
  createdAt: string;
  version: number;
}

/** A row of the profiles table, as the database returns it. */
export interface ProfileRecord {
  user_id: string;
  email: string;
  display_name: string;
  email_verified: boolean;
  role: Role;
  suspended: boolean;
  created_at: Date;
  version: number | string;
}

export const profileFrom = (row: ProfileRecord): ProfileRow => ({
  id: row.user_id,
  email: row.email,
  displayName: row.display_name,
  emailVerified: row.email_verified,
  role: row.role,
  suspended: row.suspended,
  createdAt: new Date(row.created_at).toISOString(),
  version: Number(row.version),
});

/** The user's profile from the active profiles table, or undefined (unknown, or not projected yet). */
export async function readProfile(knex: Knex, userId: string): Promise<ProfileRow | undefined> {
  const table = await activeTable(knex, 'profiles', 'profiles');
  if (!table) return undefined;
  const row = await knex(table).where({ user_id: userId }).first<ProfileRecord | undefined>();
  return row ? profileFrom(row) : undefined;
}
