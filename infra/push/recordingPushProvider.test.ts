import type { Knex } from 'knex';
import { createPostgresDatabase, type Database } from '../postgres/index.js';
import { createTestDatabase, postgresAvailable } from '../../test/support/testDatabase.js';
import { describePushProviderContract, type DeliveredPush } from './pushProviderContract.js';
import { RecordingPushProvider } from './RecordingPushProvider.js';
import { templatedPglite } from '../../test/support/pgliteTemplate.js';

async function recordingFixture(db: Database, drop: () => Promise<void> = async () => undefined) {
  await RecordingPushProvider.ensureSchema(db.knex);
  return {
    provider: new RecordingPushProvider(db.knex),
    delivered: () => recorded(db.knex),
    invalidToken: ' ',
    dispose: async () => {
      await db.close();
      await drop();
    },
  };
}

/** The recording provider's far side is its table: each row is one delivery. */
const recorded = (knex: Knex) =>
  knex('push_outbox')
    .orderBy('id')
    .select<DeliveredPush[]>(
      'notification_id as id',
      'push_token as pushToken',
      'title',
      'body',
      'data',
      'silent',
    );

describePushProviderContract('recording (PGlite)', async () => recordingFixture(await templatedPglite()));

describePushProviderContract('recording (PostgreSQL)', async () => {
  if (!(await postgresAvailable())) return undefined;
  const { url, drop } = await createTestDatabase();
  return recordingFixture(await createPostgresDatabase({ connectionString: url }), drop);
});
