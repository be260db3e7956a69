import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readModelDatabase } from '../../../test/support/readModelDatabase.js';
import { profilesProjection } from './profilesProjection.js';
import { profileRowsOf, searchProfiles } from './readProfiles.js';

const profile = (email: string, displayName: string) => ({
  user_id: randomUUID(),
  email,
  display_name: displayName,
  email_verified: false,
  role: 'user',
  suspended: false,
  created_at: new Date(),
  updated_at: new Date(),
  version: 1,
  position: 1,
});

// First: once the next block builds the table, its active version is cached for a second.
describe('profile reads before the profiles table is built', () => {
  const readModel = readModelDatabase([]);

  it('when the profiles table does not exist yet, search should answer undefined and the export nothing', async (ctx) => {
    if (!readModel.db) return ctx.skip();
    expect(await searchProfiles(readModel.db.knex, { q: 'a', limit: 10 })).toBeUndefined();
    expect(await profileRowsOf(readModel.db.knex, randomUUID())).toEqual([]);
  });
});

describe('profile reads', () => {
  const rows = [
    profile('ann@example.com', 'Ann Lee'),
    profile('anna@example.com', 'Anna'),
    profile('bob@example.com', 'Bob Annex'),
    profile('a_b@example.com', 'Underscore'),
  ];
  const readModel = readModelDatabase([profilesProjection], async (db) => {
    await db.knex(readModel.table(profilesProjection, 'profiles')).insert(rows);
  });

  it('when staff search, email prefixes and parts of names should match, page by email, and LIKE wildcards match only themselves', async (ctx) => {
    if (!readModel.db) return ctx.skip();
    const knex = readModel.db.knex;
    const first = await searchProfiles(knex, { q: 'ANN', limit: 2 });
    expect(first?.profiles.map((p) => p.email)).toEqual(['ann@example.com', 'anna@example.com']);
    expect(first?.next).toBe('anna@example.com');
    const second = await searchProfiles(knex, { q: 'ann', after: first?.next ?? undefined, limit: 2 });
    expect(second).toMatchObject({
      profiles: [{ email: 'bob@example.com', displayName: 'Bob Annex' }],
      next: null,
    });
    // `_` is a LIKE wildcard: escaped, "a_" finds only the address that has one.
    expect((await searchProfiles(knex, { q: 'a_', limit: 10 }))?.profiles.map((p) => p.email)).toEqual([
      'a_b@example.com',
    ]);
    expect(await profileRowsOf(knex, rows[2]!.user_id)).toMatchObject([{ email: 'bob@example.com' }]);
  });
});
