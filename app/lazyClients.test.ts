import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** The packages loading the composition root (every module, route and worker) pulls in. */
function packagesLoadedBy(entry: string): Set<string> {
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      './test/support/tracePackages.mjs',
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      `await import(${JSON.stringify(entry)});`,
    ],
    { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] },
  );
  if (run.status !== 0) throw new Error(`loading ${entry} failed:\n${run.stderr}`);
  return new Set([...run.stderr.matchAll(/^PKG (\S+)$/gm)].map((m) => m[1]!));
}

describe('optional clients', () => {
  it('when the app is loaded, the clients of unconfigured adapters and first-use features should not be', () => {
    const loaded = packagesLoadedBy('./app/index.ts');
    // The hook works: what every configuration needs is there.
    expect(loaded).toContain('express');
    expect(loaded).toContain('pg');
    for (const lazy of [
      '@electric-sql/pglite',
      '@aws-sdk/client-s3',
      'kafkajs',
      'ioredis',
      '@zxcvbn-ts/language-en',
      '@simplewebauthn/server',
      '@kurrent/kurrentdb-client',
      'firebase-admin',
      '@parse/node-apn',
      'web-push',
    ])
      expect(loaded, lazy).not.toContain(lazy);
  }, 60_000);
});
