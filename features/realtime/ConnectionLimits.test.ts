import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { requireService } from '../../test/support/requireService.js';
import { ConnectionLimits } from './ConnectionLimits.js';
import { memoryConnectionSlots, type ConnectionSlots } from './ConnectionSlots.js';
import { RedisConnectionSlots } from './RedisConnectionSlots.js';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const CAP = 3;
const TTL_MS = 900;
const RENEW_MS = 150;

const closing: ConnectionLimits[] = [];
afterEach(async () => {
  await Promise.all(closing.splice(0).map((limits) => limits.close()));
});

const limitsOn = (slots: ConnectionSlots) => {
  const limits = new ConnectionLimits(CAP, slots, RENEW_MS, () => undefined);
  closing.push(limits);
  return limits;
};

/** Two processes' caps on one Redis (each with its own connection), or undefined without Redis. */
async function twoProcesses() {
  const prefix = `t${randomBytes(4).toString('hex')}:`;
  const clients: Redis[] = [];
  const ok = await requireService('Redis', async () => {
    for (let i = 0; i < 2; i++) {
      const client = new Redis(REDIS_URL, { lazyConnect: true });
      client.on('error', () => undefined);
      await client.connect();
      clients.push(client);
    }
  });
  if (!ok) return undefined;
  const [a, b] = clients.map((client) => limitsOn(new RedisConnectionSlots(client, prefix, TTL_MS)));
  return { a: a!, b: b!, clientOfB: clients[1]! };
}

/** How many of the admissions were let in; every other refused with 429 too-many-connections. */
async function admittedOf(admissions: Promise<unknown>[]) {
  const settled = await Promise.allSettled(admissions);
  for (const refused of settled.filter((s) => s.status === 'rejected'))
    expect(refused.reason).toMatchObject({ status: 429, slug: 'too-many-connections' });
  return settled.filter((s) => s.status === 'fulfilled').length;
}

const connection = { shutdown: () => undefined };

describe('ConnectionLimits on Redis (one count for every process)', () => {
  it('admits exactly the cap among 12 simultaneous connections of one user over two processes; a closed one frees its place', async (ctx) => {
    const pair = await twoProcesses();
    if (!pair) return ctx.skip();
    const { a, b } = pair;
    const tries = Array.from({ length: 12 }, (_, i) => (i % 2 ? a : b).admit('ann'));
    expect(await admittedOf(tries)).toBe(CAP);
    // Another user has places of her own.
    expect(await admittedOf([a.admit('bob'), b.admit('bob')])).toBe(2);

    const held = (await Promise.allSettled(tries)).find((s) => s.status === 'fulfilled')!;
    const release = held.value.take('ann', connection);
    expect(await admittedOf([b.admit('ann')])).toBe(0);
    release();
    await vi.waitFor(async () => expect(await admittedOf([b.admit('ann')])).toBe(1));
  });

  it("keeps a live process's places past their expiry, and frees a killed process's after it", async (ctx) => {
    const pair = await twoProcesses();
    if (!pair) return ctx.skip();
    const { a, b, clientOfB } = pair;
    (await a.admit('ann')).take('ann', connection);
    for (let i = 0; i < 2; i++) (await b.admit('ann')).take('ann', connection);
    // Renewed every heartbeat: still held three expiries later.
    await sleep(3 * TTL_MS);
    expect(await admittedOf([a.admit('ann')])).toBe(0);

    // B dies: no renewal, no release. Its two places lapse; A's stays.
    clientOfB.disconnect();
    expect(await admittedOf([a.admit('ann')])).toBe(0);
    await vi.waitFor(async () => expect(await admittedOf([a.admit('ann')])).toBe(1), {
      timeout: 5 * TTL_MS,
      interval: 100,
    });
    expect(await admittedOf([a.admit('ann'), a.admit('ann')])).toBe(1);
  });
});

describe('RedisConnectionSlots', () => {
  it("keeps a place renewed for long when another process's place with a short expiry lapses", async (ctx) => {
    const client = new Redis(REDIS_URL, { lazyConnect: true });
    if (!(await requireService('Redis', () => client.connect()))) return ctx.skip();
    const prefix = `t${randomBytes(4).toString('hex')}:`;
    const [long, short] = [60_000, 300].map((ttl) => new RedisConnectionSlots(client, prefix, ttl));
    try {
      expect(await long!.claim('ann', 'on-b', 2)).toBe(true);
      expect(await short!.claim('ann', 'on-a', 2)).toBe(true);
      await sleep(600);
      // A's place lapsed; B's is still counted (the key was not dropped with A's).
      expect(await short!.claim('ann', 'again-on-a', 2)).toBe(true);
      expect(await short!.claim('ann', 'more-on-a', 2)).toBe(false);
    } finally {
      client.disconnect();
    }
  });
});

describe('ConnectionLimits in one process (embedded)', () => {
  it('admits exactly the cap among simultaneous connections; a closed connection and a cancelled admission free their places', async () => {
    const limits = limitsOn(memoryConnectionSlots());
    const tries = Array.from({ length: 8 }, () => limits.admit('ann'));
    expect(await admittedOf(tries)).toBe(CAP);
    const [first, second] = (await Promise.allSettled(tries))
      .filter((s) => s.status === 'fulfilled')
      .map((s) => s.value);
    first!.take('ann', connection)();
    second!.cancel();
    expect(await admittedOf([limits.admit('ann'), limits.admit('ann'), limits.admit('ann')])).toBe(2);
  });
});
