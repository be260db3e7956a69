import { generateKeyPairSync } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { configSchema, loadConfig } from '../app/index.js';

interface Compose {
  services: Record<string, { environment?: Record<string, string>; command?: string[] }>;
}

const compose = parse(readFileSync('docker-compose.yml', 'utf8'), { merge: true }) as Compose;
const ours = ['command-api', 'query-api', 'projectors'];

/** Substitutes ${VAR:?message} and ${VAR:-default} the way docker compose does. */
function interpolate(value: string, env: Record<string, string>): string {
  return value.replace(
    /\$\{([A-Z0-9_]+)(?::[?-]([^}]*))?\}/g,
    (_m, name: string, fallback?: string) => env[name] ?? fallback ?? '',
  );
}

describe('docker-compose.yml', () => {
  it('when parsed, it should run every backing service and each of our three processes', () => {
    expect(Object.keys(compose.services)).toEqual(
      expect.arrayContaining(['eventstore', 'kafka', 'postgres', 'redis', 's3', ...ours]),
    );
    // Each runs its compiled entry point (the image's build stage made dist/), no TypeScript.
    expect(compose.services['command-api']?.command).toContain('dist/commandApi.js');
    expect(compose.services['query-api']?.command).toContain('dist/queryApi.js');
    expect(compose.services.projectors?.command).toContain('dist/projectors.js');
    for (const service of ours) {
      const entry = compose.services[service]?.command?.find((part) => part.startsWith('dist/'));
      expect(existsSync(entry!.replace(/^dist\/(\w+)\.js$/, 'bin/$1.ts')), service).toBe(true);
    }
  });

  it("when our services' environments are read, every variable should be a known setting with a valid value", () => {
    const secrets = {
      JWT_PRIVATE_KEY: generateKeyPairSync('ec', { namedCurve: 'P-256' })
        .privateKey.export({ format: 'pem', type: 'pkcs8' })
        .toString(),
      CURSOR_SECRET: 'x'.repeat(40),
      REFRESH_TOKEN_SECRET: 'y'.repeat(40),
      AUTH_CODE_SECRET: 'z'.repeat(40),
    };
    const known = Object.keys(configSchema.shape);
    for (const name of ours) {
      const environment = compose.services[name]?.environment ?? {};
      const unknown = Object.keys(environment).filter((key) => !known.includes(key));
      expect(unknown, `${name} sets variables the configuration does not read`).toEqual([]);
      const env = Object.fromEntries(
        Object.entries(environment).map(([k, v]) => [k, interpolate(String(v), secrets)]),
      );
      const config = loadConfig(env);
      expect(config.DATABASE_URL).toMatch(/^postgres:\/\/.+@postgres:5432\//);
      expect(config.KAFKA_BROKERS).toBe('kafka:9092');
      expect(config.REFRESH_TOKEN_SECRET).toBe('y'.repeat(40));
    }
  });
});
