import { KafkaBus, PostgresBus, type Bus } from '../infra/bus/index.js';
import { PostgresEventStore, type EventStore } from '../infra/eventStore/index.js';
import { createPgliteDatabase, createPostgresDatabase, type Database } from '../infra/postgres/index.js';
import type { Config } from './config.js';
import { join } from 'node:path';

export interface Infrastructure {
  /** Read models, checkpoints and (embedded) everything else. */
  db: Database;
  store: EventStore;
  bus: Bus;
  close(): Promise<void>;
}

/**
 * Opens the adapters the configuration selects: a Postgres server when DATABASE_URL is set,
 * otherwise PGlite in DATA_DIR; EventStoreDB when EVENTSTORE_URL is set, otherwise the Postgres
 * event store on that database; Kafka when KAFKA_BROKERS is set, otherwise the Postgres bus.
 */
export async function openInfrastructure(config: Config, applicationName: string): Promise<Infrastructure> {
  const db = config.DATABASE_URL
    ? await createPostgresDatabase({
        connectionString: config.DATABASE_URL,
        poolMax: config.DATABASE_POOL_MAX,
        applicationName,
      })
    : await createPgliteDatabase({ dataDir: join(config.DATA_DIR, 'pglite') });
  const store: EventStore = config.EVENTSTORE_URL
    ? await (
        await import('../infra/eventStore/kurrent/KurrentEventStore.js')
      ).KurrentEventStore.connect(config.EVENTSTORE_URL)
    : await PostgresEventStore.open(db);
  const bus: Bus = config.KAFKA_BROKERS
    ? new KafkaBus({
        brokers: config.KAFKA_BROKERS.split(',').map((b) => b.trim()),
        clientId: config.KAFKA_CLIENT_ID,
      })
    : await PostgresBus.open(db);
  return {
    db,
    store,
    bus,
    async close() {
      await bus.close();
      await store.close();
      await db.close();
    },
  };
}
