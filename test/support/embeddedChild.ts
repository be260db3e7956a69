import { startChild, type Child } from './childProcess.js';
import { freePort } from './freePort.js';
import { waitHealthy } from './waitHealthy.js';

export interface EmbeddedChild {
  child: Child;
  url: string;
  port: number;
}

/** The environment of `npm start` on the embedded default in `dataDir` (fast scrypt, quiet logs). */
export function embeddedEnv(dataDir: string, port: number): Record<string, string> {
  return {
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    PASSWORD_SCRYPT_N: '1024',
    RATE_LIMIT_MULTIPLIER: '1000',
    DATABASE_URL: '',
    EVENTSTORE_URL: '',
    KAFKA_BROKERS: '',
    REDIS_URL: '',
    S3_ENDPOINT: '',
  };
}

/** Runs bin/start.ts (what `npm start` runs) as a child on `dataDir`, without waiting for it. */
export async function startEmbedded(dataDir: string, port?: number): Promise<EmbeddedChild> {
  const chosen = port ?? (await freePort());
  return {
    child: startChild('bin/start.ts', embeddedEnv(dataDir, chosen)),
    url: `http://127.0.0.1:${chosen}`,
    port: chosen,
  };
}

/** Runs bin/start.ts on `dataDir` and waits until it answers /healthz. */
export async function startEmbeddedHealthy(dataDir: string, port?: number): Promise<EmbeddedChild> {
  const started = await startEmbedded(dataDir, port);
  await waitHealthy(started.child, started.url);
  return started;
}
