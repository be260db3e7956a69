import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { api, type Api } from '../support/api.js';
import { prng } from '../support/deviceHistory.js';
import { startEmbedded } from '../support/embeddedChild.js';
import { waitHealthy } from '../support/waitHealthy.js';

const KILLS = 20;
const WRITERS = 6;
const password = 'correct horse battery staple';

/** Registers users from `WRITERS` concurrent clients until the process dies; returns the acknowledged ones. */
async function registerUntilKilled(client: Api, acked: string[], statuses: Set<number>): Promise<void> {
  await Promise.all(
    Array.from({ length: WRITERS }, async () => {
      for (;;) {
        const email = `${randomUUID()}@example.com`;
        const answer = await client
          .post('/v1/auth/register', { email, password, displayName: 'Crash' })
          .catch(() => undefined);
        if (!answer) return; // the connection died with the process: not acknowledged
        if (answer.status === 201) acked.push(email);
        else statuses.add(answer.status);
      }
    }),
  );
}

async function signsIn(client: Api, email: string): Promise<number> {
  return (await client.post('/v1/auth/login', { email, password })).status;
}

describe('embedded data under SIGKILL', () => {
  it(`when the embedded backend is SIGKILLed ${KILLS} times at random points with registrations in flight, every restart should open the folder and every acknowledged registration should sign in`, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sigkill-'));
    const random = prng(2026);
    const all: string[] = [];
    let previous: string[] = [];
    const recoveries: number[] = [];
    const started = performance.now();
    try {
      for (let round = 0; round <= KILLS; round++) {
        const backend = await startEmbedded(dataDir);
        recoveries.push(await waitHealthy(backend.child, backend.url));
        const client = api(backend.url);
        // 1. What the previous process acknowledged is all here.
        for (const email of previous)
          expect(await signsIn(client, email), `${email} after kill ${round}`).toBe(200);
        if (round === KILLS) {
          await backend.child.kill('SIGTERM');
          break;
        }
        // 2. Write from several clients, then kill at a random point.
        const acked: string[] = [];
        const refused = new Set<number>();
        const writing = registerUntilKilled(client, acked, refused);
        // Kill only once writes flow, then at a random point among them.
        while (acked.length === 0 && backend.child.process.exitCode === null) await sleep(5);
        await sleep(random() * 1200);
        await backend.child.kill('SIGKILL');
        await writing;
        expect(acked.length, `round ${round} acknowledged nothing (${[...refused].join()})`).toBeGreaterThan(
          0,
        );
        all.push(...acked);
        previous = acked;
      }
      // 3. And at the end, everything acknowledged in every round.
      const last = await startEmbedded(dataDir);
      await waitHealthy(last.child, last.url);
      for (const email of all) expect(await signsIn(api(last.url), email)).toBe(200);
      await last.child.kill('SIGTERM');
      console.info(
        `${KILLS} SIGKILLs, ${all.length} acknowledged registrations, all present; restart to healthy ` +
          `${Math.round(Math.min(...recoveries))}-${Math.round(Math.max(...recoveries))} ms; ` +
          `whole test ${Math.round((performance.now() - started) / 1000)} s`,
      );
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 600_000);
});
