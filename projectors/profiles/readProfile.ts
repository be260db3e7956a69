import type { Knex } from 'knex';
import { activeTable } from '../runtime/index.js';

export interface ProfileRow {
  id: string;
  email: string;
  displayName: string;
  emailVerified: boolean;
  createdAt: string;
  version: number;
}

/** The user's profile from the active profiles table, or undefined (unknown, or not projected yet). */
export async function readProfile(knex: Knex, userId: string): Promise<ProfileRow | undefined> {
  const table = await activeTable(knex, 'profiles', 'profiles');
  if (!table) return undefined;
  const row = await knex(table).where({ user_id: userId }).first<
    | {
        user_id: string;
        email: string;
        display_name: string;
        email_verified: boolean;
        created_at: Date;
        version: number;
      }
    | undefined
  >();
  if (!row) return undefined;
  return {
    id: row.user_id,
    email: row.email,
    displayName: row.display_name,
    emailVerified: row.email_verified,
    createdAt: new Date(row.created_at).toISOString(),
    version: Number(row.version),
  };
}
