import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../../test/support/freshDatabase.js';
import { FEED_PULLS_TABLE, FeedPullLog } from './FeedPullLog.js';

describe('FeedPullLog (where each device last pulled its feed) on PostgreSQL', () => {
  const database = freshDatabase((db) => FeedPullLog.ensureSchema(db.knex));
  const positionsOf = async (...devices: string[]) => {
    const rows = await database
      .db!.knex(FEED_PULLS_TABLE)
      .whereIn('device_id', devices)
      .select<{ device_id: string; user_id: string; position: string }[]>('device_id', 'user_id', 'position');
    return Object.fromEntries(rows.map((r) => [r.device_id, Number(r.position)]));
  };

  it('when pulls are noted, nothing is written until the flush, which writes the highest position per device', async (ctx) => {
    if (!database.db) return ctx.skip();
    const log = new FeedPullLog(database.db.knex, undefined, 60_000);
    const [user, phone, tablet] = [randomUUID(), randomUUID(), randomUUID()];
    log.note(phone, user, 10);
    log.note(phone, user, 30);
    log.note(phone, user, 20);
    log.note(tablet, user, 5);
    expect(await positionsOf(phone, tablet)).toEqual({});
    await log.flush();
    expect(await positionsOf(phone, tablet)).toEqual({ [phone]: 30, [tablet]: 5 });
  });

  it('when a flush carries a lower position than the table (another query process, out of order), the higher stays', async (ctx) => {
    if (!database.db) return ctx.skip();
    const [one, two] = [
      new FeedPullLog(database.db.knex, undefined, 60_000),
      new FeedPullLog(database.db.knex, undefined, 60_000),
    ];
    const [user, phone] = [randomUUID(), randomUUID()];
    one.note(phone, user, 50);
    two.note(phone, user, 40);
    await one.flush();
    await two.flush();
    expect(await positionsOf(phone)).toEqual({ [phone]: 50 });
    two.note(phone, user, 60);
    await two.stop();
    expect(await positionsOf(phone)).toEqual({ [phone]: 60 });
  });

  it('when the token names no device (or ids that are not uuids), nothing is noted for it', async (ctx) => {
    if (!database.db) return ctx.skip();
    const log = new FeedPullLog(database.db.knex, undefined, 60_000);
    const rows = async () =>
      Number((await database.db!.knex(FEED_PULLS_TABLE).count<{ count: string }[]>())[0]?.count);
    const before = await rows();
    const user = randomUUID();
    log.note(undefined, user, 10);
    log.note('not-a-uuid', user, 10);
    log.note(randomUUID(), 'not-a-uuid', 10);
    // A good note in the same batch is written: the bad ones did not spoil the statement.
    const good = randomUUID();
    log.note(good, user, 10);
    await log.flush();
    expect(await rows()).toBe(before + 1);
    expect(await positionsOf(good)).toEqual({ [good]: 10 });
  });

  it('when a flush fails, the notes are kept and the next flush writes them', async (ctx) => {
    if (!database.db) return ctx.skip();
    const knex = database.db.knex;
    const warnings: unknown[] = [];
    const logger = { warn: (o: unknown) => void warnings.push(o) } as never;
    const log = new FeedPullLog(knex, logger, 60_000);
    const [user, phone] = [randomUUID(), randomUUID()];
    log.note(phone, user, 70);
    await knex.raw(`alter table ${FEED_PULLS_TABLE} rename to feed_pulls_away`);
    try {
      await log.flush();
    } finally {
      await knex.raw(`alter table feed_pulls_away rename to ${FEED_PULLS_TABLE}`);
    }
    expect(warnings).toHaveLength(1);
    expect(await positionsOf(phone)).toEqual({});
    await log.flush();
    expect(await positionsOf(phone)).toEqual({ [phone]: 70 });
  });
});
