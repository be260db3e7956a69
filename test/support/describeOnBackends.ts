import { afterAll, beforeAll, describe } from 'vitest';
import { api, type Api } from './api.js';
import { kafkaAvailable } from './kafka.js';
import { startTestBackend, type BackendKind, type TestBackend } from './startTestBackend.js';
import { postgresAvailable } from './testDatabase.js';

export interface BackendContext {
  /** Undefined when the backend's services are missing (a laptop without Kafka): skip then. */
  backend(): TestBackend | undefined;
  client(): Api;
}

async function available(kind: BackendKind): Promise<boolean> {
  if (kind === 'embedded') return true;
  return (await postgresAvailable()) && (await kafkaAvailable());
}

/**
 * Runs the same end-to-end tests against the embedded defaults (PGlite, Postgres-table bus) and
 * the production adapters (PostgreSQL server, Kafka), each booted once per file.
 */
export function describeOnBackends(
  name: string,
  tests: (context: BackendContext) => void,
  options: Pick<Parameters<typeof startTestBackend>[1] & object, 'env' | 'collections'> = {},
): void {
  describe.each<BackendKind>(['embedded', 'postgres+kafka'])(`${name} (%s)`, (kind) => {
    let backend: TestBackend | undefined;
    let client: Api;
    beforeAll(async () => {
      if (!(await available(kind))) return;
      backend = await startTestBackend(kind, options);
      client = api(backend.url);
    }, 60_000);
    afterAll(async () => {
      await backend?.stop();
    }, 60_000);
    tests({ backend: () => backend, client: () => client });
  });
}
