import type { Knex } from 'knex';
import { activeRows, activeTable, keysetPage } from '../../../projectors/runtime/index.js';
import { profileFrom, type ProfileRecord, type ProfileRow } from './readProfile.js';

/** A page of profiles, and the `after` of the next page (null on the last). */
export interface ProfilePage {
  profiles: ProfileRow[];
  next: string | null;
}

const likeEscaped = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Profiles whose email starts with `q` or whose display name contains it (case-insensitive),
 * by email, after the email `after`; undefined before the profiles table is first built.
 */
export async function searchProfiles(
  knex: Knex,
  search: { q: string; after?: string | undefined; limit: number },
): Promise<ProfilePage | undefined> {
  const table = await activeTable(knex, 'profiles', 'profiles');
  if (!table) return undefined;
  const q = likeEscaped(search.q.toLowerCase());
  const matching = knex(table).where((w: Knex.QueryBuilder) => {
    void w.where('email', 'like', `${q}%`).orWhereRaw('lower(display_name) like ?', [`%${q}%`]);
  });
  const page = await keysetPage<ProfileRecord>(matching, 'email', search.after, search.limit);
  return { profiles: page.rows.map(profileFrom), next: page.last?.email ?? null };
}

/** The user's profile rows as stored (for their data export). */
export const profileRowsOf = (knex: Knex, userId: string) =>
  activeRows(knex, 'profiles', 'profiles', { user_id: userId });
