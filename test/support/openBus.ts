import { PostgresBus, type Bus } from '../../infra/bus/index.js';
import { KafkaBus } from '../../infra/bus/kafka/index.js';
import { createPostgresDatabase, type Database } from '../../infra/postgres/index.js';

/** Opens the bus named by BUS_KIND (postgres: DATABASE_URL; kafka: KAFKA_BROKERS). Used by child processes. */
export async function openBusFromEnv(): Promise<{ bus: Bus; db?: Database }> {
  if (process.env.BUS_KIND === 'kafka') {
    return { bus: new KafkaBus({ brokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',') }) };
  }
  const db = await createPostgresDatabase({ connectionString: process.env.DATABASE_URL ?? '' });
  return { bus: await PostgresBus.open(db, { claimMs: 2000 }), db };
}
