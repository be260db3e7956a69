import { PostgresBus, type Bus, type Outbox } from '../infra/bus/index.js';
import {
  PostgresEventStore,
  PostgresSnapshotStore,
  UpcastingEventStore,
  type EventStore,
  type SnapshotStore,
} from '../infra/eventStore/index.js';
import { EVENT_UPCASTERS } from '../domain/upcasting/index.js';
import { createPostgresDatabase, type Database } from '../infra/postgres/index.js';
import { openEmbeddedDatabase } from '../infra/dataDir/index.js';
import { DiskBlobStore, type BlobStore } from '../infra/blobStore/index.js';
import { MemoryCache, type Cache } from '../infra/cache/index.js';
import { CacheChangeSignal, PostgresChangeSignal, type ChangeSignal } from '../infra/changeSignal/index.js';
import { FileMailer, type Mailer } from '../infra/mail/index.js';
import { KeyVault, PersonalDataStore } from '../infra/privacy/index.js';
import { PostgresScheduler, type Scheduler } from '../infra/scheduler/index.js';
import type { PushProvider } from '../infra/push/index.js';
import { personalFields } from './moduleParts.js';
import type { Config } from './config.js';
import { dataKeySecret } from './secrets.js';
import { openPushProvider } from './openPushProvider.js';
import { join } from 'node:path';

export interface Infrastructure {
  /** Read models, checkpoints and (embedded) everything else. */
  db: Database;
  store: EventStore;
  /** Snapshots of long streams, in the read-model database whichever event store runs. */
  snapshots: SnapshotStore;
  /** Per-user data keys: erasing one makes that user's personal data in the log unreadable. */
  vault: KeyVault;
  bus: Bus;
  /**
   * The Postgres bus, which lives in `db`: projections and scheduled items publish through it
   * within their transactions. None with Kafka.
   */
  outbox: Outbox | undefined;
  cache: Cache;
  /** Which users' feeds changed, across processes: Redis pub/sub with REDIS_URL, else Postgres NOTIFY. */
  changeSignal: ChangeSignal;
  blobs: BlobStore;
  mailer: Mailer;
  /** Work to run at a given time (a table in `db`); the projectors process runs its handlers. */
  scheduler: Scheduler;
  /**
   * The push providers by platform (APNs, FCM, Web Push where configured, else the recording
   * provider), opened on the first call: only the process that sends pushes loads their clients.
   */
  pushProvider(): Promise<PushProvider>;
  /** A check per dependency for /readyz. */
  readiness: Record<string, () => Promise<unknown>>;
  close(): Promise<void>;
}

/**
 * Opens the adapters the configuration selects: a Postgres server when DATABASE_URL is set,
 * otherwise PGlite in DATA_DIR (locked for this process, version-checked, backed up on request);
 * EventStoreDB when EVENTSTORE_URL is set, otherwise the Postgres event store on that database;
 * Kafka when KAFKA_BROKERS is set, otherwise the Postgres bus; Redis (cache and change signal)
 * when REDIS_URL is set, otherwise an in-process cache and NOTIFY/LISTEN on the database.
 */
export async function openInfrastructure(config: Config, applicationName: string): Promise<Infrastructure> {
  const db = config.DATABASE_URL
    ? await createPostgresDatabase({
        connectionString: config.DATABASE_URL,
        poolMax: config.DATABASE_POOL_MAX,
        applicationName,
      })
    : await openEmbeddedDatabase(config.DATA_DIR);
  const log: EventStore = config.EVENTSTORE_URL
    ? await (
        await import('../infra/eventStore/kurrent/KurrentEventStore.js')
      ).KurrentEventStore.connect(config.EVENTSTORE_URL)
    : await PostgresEventStore.open(db);
  // Personal data is encrypted per user on its way into the log (crypto-shredding), whichever store;
  // above that, events stored at an older schema version are upcast (after decryption) on read.
  const vault = await KeyVault.open(db, dataKeySecret(config));
  const store: EventStore = new UpcastingEventStore(
    new PersonalDataStore(log, vault, personalFields),
    EVENT_UPCASTERS,
  );
  const snapshots = await PostgresSnapshotStore.open(db);
  let bus: Bus;
  let outbox: Outbox | undefined;
  if (config.KAFKA_BROKERS) {
    const { KafkaBus } = await import('../infra/bus/kafka/KafkaBus.js');
    bus = new KafkaBus({
      brokers: config.KAFKA_BROKERS.split(',').map((b) => b.trim()),
      clientId: config.KAFKA_CLIENT_ID,
      topicPrefix: config.KAFKA_TOPIC_PREFIX,
    });
  } else {
    bus = outbox = await PostgresBus.open(db);
  }
  const cache: Cache = config.REDIS_URL
    ? await (
        await import('../infra/cache/RedisCache.js')
      ).RedisCache.connect(config.REDIS_URL, config.REDIS_KEY_PREFIX)
    : new MemoryCache();
  const changeSignal: ChangeSignal =
    cache.kind === 'redis' ? new CacheChangeSignal(cache) : new PostgresChangeSignal(db);
  const blobs: BlobStore =
    config.S3_ENDPOINT && config.S3_BUCKET && config.S3_ACCESS_KEY_ID && config.S3_SECRET_ACCESS_KEY
      ? await (
          await import('../infra/blobStore/S3BlobStore.js')
        ).S3BlobStore.open({
          endpoint: config.S3_ENDPOINT,
          region: config.S3_REGION,
          bucket: config.S3_BUCKET,
          accessKeyId: config.S3_ACCESS_KEY_ID,
          secretAccessKey: config.S3_SECRET_ACCESS_KEY,
        })
      : new DiskBlobStore(join(config.DATA_DIR, 'blobs'));
  const mailer: Mailer = config.SMTP_URL
    ? new (await import('../infra/mail/SmtpMailer.js')).SmtpMailer(config.SMTP_URL, config.MAIL_FROM)
    : new FileMailer(join(config.DATA_DIR, 'mail'), config.MAIL_FROM);
  const scheduler: Scheduler = await PostgresScheduler.open(db);
  const readiness: Record<string, () => Promise<unknown>> = {
    database: () => db.knex.raw('select 1'),
    eventStore: () => store.headPosition(),
  };
  let push: Promise<PushProvider> | undefined;
  const pushProvider = () => (push ??= openPushProvider(config, db.knex));
  if (cache.kind === 'redis') readiness.cache = () => cache.get('readyz');
  if (blobs.kind === 's3') readiness.blobStore = () => blobs.get('readyz/probe');
  return {
    db,
    store,
    snapshots,
    vault,
    bus,
    outbox,
    cache,
    changeSignal,
    blobs,
    mailer,
    scheduler,
    pushProvider,
    readiness,
    async close() {
      await (await push?.catch(() => undefined))?.close?.();
      await scheduler.close();
      mailer.close();
      await cache.close();
      await bus.close();
      await store.close();
      await db.close();
    },
  };
}
