import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresDatabase, type Database } from '../../../infra/postgres/index.js';
import { ensureProjectorSchema } from '../../../projectors/runtime/index.js';
import { createTestDatabase, postgresAvailable } from '../../../test/support/testDatabase.js';
import { readAudiencePage } from './readAudiencePage.js';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('readAudiencePage while notifier v3 still serves (v4 rebuilding beside it)', () => {
  let database: { url: string; drop: () => Promise<void> } | undefined;
  let db: Database;

  beforeAll(async () => {
    if (!(await postgresAvailable())) return;
    database = await createTestDatabase();
    db = await createPostgresDatabase({ connectionString: database.url, poolMax: 2 });
    await ensureProjectorSchema(db.knex);
    // v3's table: no locale, time zone nor app version yet.
    await db.knex.raw(`create table rm_notifier_devices_v3 (
      device_id uuid primary key, user_id uuid not null, platform text not null, push_token text,
      apns_environment text, apns_bundle_id text, active boolean not null, position bigint not null)`);
    await db.knex('projection_registry').insert({ projection: 'notifier', active_version: 3 });
    await db.knex('rm_notifier_devices_v3').insert([
      { device_id: uuid(1), user_id: uuid(9), platform: 'ios', push_token: 'a', active: true, position: 1 },
      { device_id: uuid(2), user_id: uuid(9), platform: 'web', push_token: 'b', active: true, position: 2 },
      { device_id: uuid(3), user_id: uuid(9), platform: 'ios', push_token: null, active: true, position: 3 },
    ]);
  });
  afterAll(async () => {
    await db?.close();
    await database?.drop();
  });

  it("pages the user's devices with a target, without locales rather than failing", async (ctx) => {
    if (!database) return ctx.skip();
    const audience = { type: 'users' as const, userIds: [uuid(9)] };
    const first = await readAudiencePage(db.knex, audience, { after: null, limit: 1 });
    expect(first).toEqual({
      devices: [{ deviceId: uuid(1), userId: uuid(9), platform: 'ios', pushToken: 'a' }],
      next: uuid(1),
    });
    const second = await readAudiencePage(db.knex, audience, { after: first!.next, limit: 1 });
    expect(second?.devices.map((d) => d.deviceId)).toEqual([uuid(2)]);
    expect(second?.next).toBeNull();
  });
});
