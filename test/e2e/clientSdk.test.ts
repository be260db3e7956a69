import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EventideClient,
  HybridClock,
  MemoryStorage,
  NetworkError,
  sendMutations,
  type MutationOutcome,
} from '../../client/index.js';
import { FlakyNetwork } from '../support/FlakyNetwork.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';

const PASSWORD = 'correct horse battery staple';

describe('client SDK against the backend', () => {
  let backend: TestBackend;

  beforeAll(async () => {
    const schema = {
      type: 'object',
      properties: { title: { type: 'string' }, status: { type: 'string' }, notes: { type: 'string' } },
      required: ['title'],
    };
    const collections = {
      jobs: { scope: 'private', conflict: 'field_merge', fallback: 'lww', schema },
      notes: { scope: 'private', conflict: 'lww', schema },
    };
    backend = await startTestBackend('embedded', { collections });
  }, 60_000);
  afterAll(async () => {
    await backend.stop();
  });

  /** A client on a storage of its own, behind a network the test controls. */
  const device = async (clientId: string, options: { now?: () => number } = {}) => {
    const network = new FlakyNetwork();
    const outcomes: MutationOutcome[] = [];
    const storage = new MemoryStorage();
    const client = await new EventideClient({
      baseUrl: backend.url,
      storage,
      clientId,
      fetch: network.fetch,
      onOutcome: (outcome) => outcomes.push(outcome),
      ...options,
    }).open();
    return { client, network, outcomes, storage };
  };
  const newAccount = async (clientId: string) => {
    const first = await device(clientId);
    const email = `${randomUUID()}@example.com`;
    await first.client.session.signUp({ email, password: PASSWORD, displayName: 'Ann' });
    return { ...first, email };
  };
  const signedIn = async (email: string, clientId: string, options: { now?: () => number } = {}) => {
    const next = await device(clientId, options);
    await next.client.session.signInWithPassword({ email, password: PASSWORD });
    return next;
  };

  it('when an app writes offline, it should see its writes at once, keep them across a restart, and sync them on reconnect', async () => {
    const phone = await newAccount('phone');
    phone.network.online = false;
    await phone.client.write({ collection: 'jobs', documentId: 'j1', op: 'put', set: { title: 'Boiler' } });
    await phone.client.write({ collection: 'jobs', documentId: 'j1', op: 'patch', set: { status: 'open' } });
    expect(phone.client.read('jobs', 'j1')).toEqual({ title: 'Boiler', status: 'open' });
    await expect(phone.client.sync()).rejects.toBeInstanceOf(NetworkError);
    expect(phone.client.queue.pending).toHaveLength(2);

    // The app restarts: the same storage brings back the session, the queue and the clock.
    const restarted = await new EventideClient({
      baseUrl: backend.url,
      storage: phone.storage,
      clientId: 'phone',
      fetch: phone.network.fetch,
    }).open();
    expect(restarted.queue.pending.map((m) => m.mutationId)).toEqual(['phone:1', 'phone:2']);
    phone.network.online = true;
    await restarted.sync();
    expect(restarted.queue.pending).toEqual([]);
    expect(restarted.documents.synced('jobs', 'j1')).toEqual({
      version: 2,
      fields: { title: 'Boiler', status: 'open' },
    });
    const tablet = await signedIn(phone.email, 'tablet');
    await tablet.client.pull();
    expect(tablet.client.read('jobs', 'j1')).toEqual({ title: 'Boiler', status: 'open' });
  });

  it('when three offline clients edit the same documents and reconnect, all should converge and every conflict be reported', async () => {
    const a = await newAccount('a');
    await a.client.write({
      collection: 'jobs',
      documentId: 'roof',
      op: 'put',
      set: { title: 'Roof', notes: '' },
    });
    await a.client.write({ collection: 'notes', documentId: 'n', op: 'put', set: { title: 'v0' } });
    await a.client.sync();
    const b = await signedIn(a.email, 'b');
    const c = await signedIn(a.email, 'c');
    await Promise.all([b.client.pull(), c.client.pull()]);
    for (const d of [a, b, c]) d.network.online = false;
    await a.client.write({ collection: 'jobs', documentId: 'roof', op: 'patch', set: { status: 'booked' } });
    await b.client.write({ collection: 'jobs', documentId: 'roof', op: 'patch', set: { notes: 'ladder' } });
    await c.client.write({ collection: 'jobs', documentId: 'roof', op: 'patch', set: { notes: 'scaffold' } });
    await a.client.write({ collection: 'notes', documentId: 'n', op: 'put', set: { title: 'from a' } });
    await c.client.write({ collection: 'notes', documentId: 'n', op: 'put', set: { title: 'from c' } });
    for (const d of [a, b, c]) d.network.online = true;
    for (const d of [c, b, a]) await d.client.sync();
    for (const d of [a, b, c]) await d.client.pull();
    const roofs = [a, b, c].map((d) => d.client.read('jobs', 'roof'));
    expect(roofs[1]).toEqual(roofs[0]);
    expect(roofs[2]).toEqual(roofs[0]);
    // Disjoint fields merged; the same field went to the later clock (c wrote after b).
    expect(roofs[0]).toEqual({ title: 'Roof', status: 'booked', notes: 'scaffold' });
    expect(b.outcomes.find((o) => o.status !== 'applied')).toMatchObject({
      status: 'conflict',
      conflictFields: ['notes'],
    });
    expect(a.client.read('notes', 'n')).toEqual(c.client.read('notes', 'n'));
    expect(a.client.read('notes', 'n')).toEqual({ title: 'from c' });
    expect(a.outcomes.find((o) => o.status === 'conflict')).toMatchObject({ reason: 'stale_fields' });
  });

  it('when responses are lost or requests duplicated, resending should apply each mutation exactly once', async () => {
    const a = await newAccount('lossy');
    await a.client.write({ collection: 'notes', documentId: 'x', op: 'put', set: { title: 'one' } });
    await a.client.write({ collection: 'notes', documentId: 'x', op: 'patch', set: { notes: 'two' } });
    a.network.dropResponses = 1;
    await expect(a.client.flush()).rejects.toBeInstanceOf(NetworkError);
    expect(a.client.queue.pending).toHaveLength(2);
    await a.client.write({ collection: 'notes', documentId: 'x', op: 'patch', set: { status: 'three' } });
    a.network.duplicateRequests = 1;
    await a.client.sync();
    expect(a.outcomes.map((o) => [o.mutationId, o.status, o.version])).toEqual([
      ['lossy:1', 'applied', 1],
      ['lossy:2', 'applied', 2],
      ['lossy:3', 'applied', 3],
    ]);
    // Three versions for three mutations, whatever reached the server more than once.
    expect(a.client.documents.synced('notes', 'x')?.version).toBe(3);
  });

  it('when a client clock runs an hour behind, its later edit should lose under LWW, be reported, and all converge', async () => {
    const right = await newAccount('right');
    const skewed = await signedIn(right.email, 'skewed', { now: () => Date.now() - 3_600_000 });
    await right.client.write({ collection: 'notes', documentId: 's', op: 'put', set: { title: 'right' } });
    await right.client.sync();
    await skewed.client.pull();
    // Offline, the skewed client edits after the correct one, by the wall clock.
    await right.client.write({
      collection: 'notes',
      documentId: 's',
      op: 'patch',
      set: { title: 'right 2' },
    });
    await right.client.sync();
    await skewed.client.write({
      collection: 'notes',
      documentId: 's',
      op: 'patch',
      set: { title: 'skewed' },
    });
    await skewed.client.sync();
    await right.client.pull();
    expect(skewed.outcomes.at(-1)).toMatchObject({ status: 'conflict', reason: 'stale_fields' });
    expect(skewed.client.read('notes', 's')).toEqual({ title: 'right 2' });
    expect(right.client.read('notes', 's')).toEqual({ title: 'right 2' });
  });

  it('when the access token expires, the client should refresh it by itself; when the session ends, it should say so', async () => {
    const a = await newAccount('tokens');
    const before = await a.storage.get('session');
    await a.client.session.expireAccessToken();
    await a.client.write({
      collection: 'notes',
      documentId: 't',
      op: 'put',
      set: { title: 'after refresh' },
    });
    await a.client.sync();
    expect(a.client.read('notes', 't')).toEqual({ title: 'after refresh' });
    const after = await a.storage.get('session');
    expect(JSON.parse(after!).refreshToken).not.toBe(JSON.parse(before!).refreshToken);
    await a.client.session.signOut();
    await expect(a.client.pull()).rejects.toMatchObject({ status: 401 });
  });

  it('when a client keeps syncing in the background, another device should see its write by long-poll', async () => {
    const a = await newAccount('live-a');
    const b = await signedIn(a.email, 'live-b');
    await b.client.pull();
    b.client.start({ waitSeconds: 20 });
    try {
      await a.client.write({ collection: 'notes', documentId: 'live', op: 'put', set: { title: 'ping' } });
      await a.client.sync();
      const deadline = Date.now() + 15_000;
      while (b.client.read('notes', 'live') === undefined && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(b.client.read('notes', 'live')).toEqual({ title: 'ping' });
    } finally {
      b.client.stop();
    }
  });

  it('when two requests of one client arrive in the opposite order, the clocks should decide as if they had not', async () => {
    const a = await newAccount('reorder');
    const clock = new HybridClock('reorder');
    const first = { mutationId: 'reorder:1', hlc: clock.tick() };
    const second = { mutationId: 'reorder:2', hlc: clock.tick() };
    const write = (m: { mutationId: string; hlc: string }, title: string) => ({
      ...m,
      collection: 'notes',
      documentId: 'r',
      op: 'put' as const,
      set: { title },
      baseVersion: 0,
    });
    const late = await sendMutations(a.client.session, 'reorder', [write(second, 'second')]);
    const early = await sendMutations(a.client.session, 'reorder', [write(first, 'first')]);
    expect(late.outcomes[0]).toMatchObject({ status: 'applied', version: 1 });
    expect(early.outcomes[0]).toMatchObject({ status: 'conflict', reason: 'stale_fields' });
    await a.client.pull({ minPosition: early.position });
    expect(a.client.read('notes', 'r')).toEqual({ title: 'second' });
  });
});
