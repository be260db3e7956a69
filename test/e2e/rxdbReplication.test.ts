import { randomUUID } from 'node:crypto';
import { createRxDatabase, type RxCollection, type RxDatabase } from 'rxdb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventideClient, MemoryStorage, type MutationOutcome } from '../../client/index.js';
import {
  eventideRxProperties,
  replicateEventide,
  type EventideRxDocument,
} from '../../client/rxdb/replicateEventide.js';
import { FlakyNetwork } from '../support/FlakyNetwork.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';

const PASSWORD = 'correct horse battery staple';
const rxSchema = {
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 100 },
    ...eventideRxProperties,
    title: { type: 'string' },
    status: { type: 'string' },
    notes: { type: 'string' },
  },
  required: ['id'],
} as const;

describe('RxDB replicating through Eventide', () => {
  let backend: TestBackend;
  const databases: RxDatabase[] = [];

  beforeAll(async () => {
    const collections = {
      tasks: {
        scope: 'private',
        conflict: 'field_merge',
        fallback: 'lww',
        schema: {
          type: 'object',
          properties: {
            title: { type: 'string' },
            status: { type: 'string' },
            notes: { type: 'string' },
          },
          required: ['title'],
          additionalProperties: false,
        },
      },
    };
    backend = await startTestBackend('embedded', { collections });
  }, 60_000);
  afterAll(async () => {
    await Promise.all(databases.map((db) => db.close()));
    await backend.stop();
  });

  /** One app install: an RxDB memory database, its session, its network. */
  const install = async (email: string, clientId: string, signUp = false, now?: () => number) => {
    const network = new FlakyNetwork();
    const client = await new EventideClient({
      baseUrl: backend.url,
      storage: new MemoryStorage(),
      clientId,
      fetch: network.fetch,
    }).open();
    if (signUp) await client.session.signUp({ email, password: PASSWORD, displayName: 'Rx' });
    else await client.session.signInWithPassword({ email, password: PASSWORD });
    const db = await createRxDatabase({
      name: `app${randomUUID().replaceAll('-', '')}`,
      storage: getRxStorageMemory(),
      multiInstance: false,
    });
    databases.push(db);
    const { tasks } = await db.addCollections({ tasks: { schema: rxSchema } });
    const collection = tasks as unknown as RxCollection<EventideRxDocument>;
    const outcomes: MutationOutcome[] = [];
    const replication = replicateEventide({
      collection,
      remoteCollection: 'tasks',
      session: client.session,
      clientId,
      onOutcome: (o) => outcomes.push(o),
      retryTime: 100,
      ...(now ? { now } : {}),
    });
    await replication.awaitInitialReplication();
    const settle = async () => {
      replication.reSync();
      await replication.awaitInSync();
    };
    const read = async (id: string) => {
      const doc = await collection.findOne(id).exec();
      if (!doc) return undefined;
      const { title, status, notes } = doc.toJSON() as Record<string, unknown>;
      return Object.fromEntries(Object.entries({ title, status, notes }).filter(([, v]) => v !== undefined));
    };
    return { network, collection, replication, outcomes, settle, read };
  };

  it('when two RxDB apps edit offline and reconnect, they should converge, disjoint fields merged and the conflict reported', async () => {
    const email = `${randomUUID()}@example.com`;
    const a = await install(email, 'rx-a', true);
    await a.collection.insert({ id: 't1', title: 'Paint fence', status: 'open' });
    await a.settle();
    const b = await install(email, 'rx-b');
    await b.settle();
    expect(await b.read('t1')).toEqual({ title: 'Paint fence', status: 'open' });

    a.network.online = false;
    b.network.online = false;
    await (await a.collection.findOne('t1').exec())!.incrementalPatch({ status: 'done' });
    await (await b.collection.findOne('t1').exec())!.incrementalPatch({ notes: 'two coats' });
    await b.collection.insert({ id: 't2', title: 'Offline task' });
    a.network.online = true;
    b.network.online = true;
    await a.settle();
    await b.settle();
    await a.settle();
    expect(await a.read('t1')).toEqual({ title: 'Paint fence', status: 'done', notes: 'two coats' });
    expect(await b.read('t1')).toEqual(await a.read('t1'));
    expect(await a.read('t2')).toEqual({ title: 'Offline task' });

    // The same field on both sides: the later clock wins, the other side hears of it.
    a.network.online = false;
    b.network.online = false;
    await (await a.collection.findOne('t1').exec())!.incrementalPatch({ notes: 'from a' });
    await new Promise((r) => setTimeout(r, 5));
    await (await b.collection.findOne('t1').exec())!.incrementalPatch({ notes: 'from b' });
    b.network.online = true;
    await b.settle();
    a.network.online = true;
    await a.settle();
    await b.settle();
    expect((await a.read('t1'))?.notes).toBe('from b');
    expect(await b.read('t1')).toEqual(await a.read('t1'));
    expect(a.outcomes.some((o) => o.status === 'conflict' && o.conflictFields.includes('notes'))).toBe(true);
  });

  it('when pushes lose their responses or arrive twice, RxDB retries should leave one document, not copies', async () => {
    const email = `${randomUUID()}@example.com`;
    const a = await install(email, 'rx-lossy', true);
    a.network.dropResponses = 1;
    await a.collection.insert({ id: 'once', title: 'Exactly once' });
    await a.settle();
    a.network.duplicateRequests = 1;
    await (await a.collection.findOne('once').exec())!.incrementalPatch({ status: 'checked' });
    await a.settle();
    const b = await install(email, 'rx-reader');
    await b.settle();
    expect(await b.read('once')).toEqual({ title: 'Exactly once', status: 'checked' });
    expect((await b.collection.find().exec()).map((d) => d.id)).toEqual(['once']);
    // Two writes, two versions: the retried and the duplicated pushes changed nothing more.
    expect((await b.collection.findOne('once').exec())?.toJSON().serverVersion).toBe(2);
  });

  it('when a document is deleted in one app, it should disappear from the other', async () => {
    const email = `${randomUUID()}@example.com`;
    const a = await install(email, 'rx-del-a', true);
    await a.collection.insert({ id: 'gone', title: 'Delete me' });
    await a.settle();
    const b = await install(email, 'rx-del-b');
    await b.settle();
    expect(await b.read('gone')).toBeDefined();
    await (await a.collection.findOne('gone').exec())!.remove();
    await a.settle();
    await b.settle();
    expect(await b.read('gone')).toBeUndefined();
  });

  it('when one app clock runs an hour behind, its later edit should lose by clock and both converge', async () => {
    const email = `${randomUUID()}@example.com`;
    const right = await install(email, 'rx-right', true);
    const behind = await install(email, 'rx-behind', false, () => Date.now() - 3_600_000);
    await right.collection.insert({ id: 'skew', title: 'Clock test' });
    await right.settle();
    await behind.settle();
    right.network.online = false;
    behind.network.online = false;
    await (await right.collection.findOne('skew').exec())!.incrementalPatch({ status: 'right' });
    await new Promise((r) => setTimeout(r, 5));
    await (await behind.collection.findOne('skew').exec())!.incrementalPatch({ status: 'behind' });
    right.network.online = true;
    behind.network.online = true;
    await behind.settle();
    await right.settle();
    await behind.settle();
    // The behind clock wrote first on the server, yet its timestamp is an hour older: it loses.
    expect((await right.read('skew'))?.status).toBe('right');
    expect(await behind.read('skew')).toEqual(await right.read('skew'));
    expect(behind.outcomes.some((o) => o.status === 'applied')).toBe(true);
  });
});
