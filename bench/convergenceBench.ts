import { randomUUID } from 'node:crypto';
import { EventideClient, MemoryStorage } from '../client/index.js';
import { fmt, type Row } from './report.js';

const PASSWORD = 'benchmark password';

/**
 * Three installs of one account go offline, each makes `edits` edits over 20 shared documents,
 * then all reconnect at once: the time until the three hold the same documents (each flushes,
 * then pulls until nothing differs). Baseline: one install syncing the same number of edits alone.
 */
export async function convergenceBench(base: string, edits: number): Promise<Row> {
  const email = `${randomUUID()}@example.com`;
  const install = async (clientId: string, signUp: boolean) => {
    const client = await new EventideClient({ baseUrl: base, storage: new MemoryStorage(), clientId }).open();
    if (signUp) await client.session.signUp({ email, password: PASSWORD, displayName: 'Bench' });
    else await client.session.signInWithPassword({ email, password: PASSWORD });
    return client;
  };
  const writeEdits = async (client: EventideClient, tag: string) => {
    for (let i = 0; i < edits; i++) {
      const documentId = `doc-${i % 20}`;
      const exists = client.read('jobs', documentId) !== undefined;
      await client.write({
        collection: 'jobs',
        documentId,
        op: exists ? 'patch' : 'put',
        set: { title: `${tag} ${i}`, [`by_${tag}`]: i },
      });
    }
  };
  const snapshot = (client: EventideClient) => JSON.stringify(client.documents.list('jobs').sort());

  const [a, b, c] = [
    await install('conv-a', true),
    await install('conv-b', false),
    await install('conv-c', false),
  ];
  // Baseline: the first install syncs its edits alone (before the others have anything).
  await writeEdits(a, 'warmup');
  const soloStart = performance.now();
  await a.sync();
  const soloMs = performance.now() - soloStart;
  await Promise.all([b.pull(), c.pull()]);

  await Promise.all([writeEdits(a, 'a'), writeEdits(b, 'b'), writeEdits(c, 'c')]);
  const started = performance.now();
  const positions = await Promise.all([a.flush(), b.flush(), c.flush()]);
  const minPosition = Math.max(...positions);
  await Promise.all([a.pull({ minPosition }), b.pull({ minPosition }), c.pull({ minPosition })]);
  const ms = performance.now() - started;
  if (snapshot(a) !== snapshot(b) || snapshot(b) !== snapshot(c))
    throw new Error('the clients did not converge');
  return {
    benchmark: `3 clients, ${edits} offline edits each on 20 docs: reconnect → converged`,
    result: `${fmt(ms)} ms`,
    baseline: `1 client syncing ${edits} edits alone: ${fmt(soloMs)} ms`,
    ratio: `${fmt(ms / soloMs, 1)}×`,
    goal: '—',
  };
}
