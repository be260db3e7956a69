import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangeSignal } from './ChangeSignal.js';

export interface ChangeSignalFixture {
  signal: ChangeSignal;
  /** The same signal opened on another connection (another process would use one), where there can be one. */
  peer: ChangeSignal;
  /** Cuts the connection `signal` subscribes on, where there is one. */
  breakConnection?(): Promise<void>;
  dispose(): Promise<void>;
}

/** What a subscription heard: changes as `userId:position`, and how often it was told of a loss. */
async function hear(signal: ChangeSignal) {
  const heard = { changes: [] as string[], lost: 0, unsubscribe: async () => undefined as void };
  heard.unsubscribe = await signal.subscribe(
    (userId, position) => heard.changes.push(`${userId}:${position}`),
    () => heard.lost++,
  );
  return heard;
}

/** The behaviour every ChangeSignal adapter must show. */
export function describeChangeSignalContract(
  name: string,
  open: () => Promise<ChangeSignalFixture | undefined>,
) {
  describe(`ChangeSignal contract: ${name}`, () => {
    let fixture: ChangeSignalFixture | undefined;
    beforeAll(async () => {
      fixture = await open();
    }, 30_000);
    afterAll(async () => fixture?.dispose(), 30_000);

    it('when changes are published, every subscriber should hear each of them, on this connection and another', async (ctx) => {
      if (!fixture) return ctx.skip();
      const here = await hear(fixture.signal);
      const there = await hear(fixture.peer);
      // Enough users (ids with a colon in them too) to need several messages.
      const changes = Array.from({ length: 300 }, (_, i) => ({
        userId: `u:${randomUUID()}`,
        position: i + 1,
      }));
      await fixture.peer.publish(changes);
      await fixture.signal.publish([{ userId: 'last', position: 1000 }]);
      const expected = [...changes.map((c) => `${c.userId}:${c.position}`), 'last:1000'];
      await expect.poll(() => here.changes, { timeout: 5000 }).toEqual(expected);
      await expect.poll(() => there.changes, { timeout: 5000 }).toEqual(expected);
      await here.unsubscribe();
      await fixture.signal.publish([{ userId: 'after', position: 1001 }]);
      await expect.poll(() => there.changes.at(-1)).toBe('after:1001');
      expect(here.changes).toHaveLength(expected.length);
      expect([here.lost, there.lost]).toEqual([0, 0]);
      await there.unsubscribe();
    });

    it('when a publisher announces that changes were lost, every subscriber should be told', async (ctx) => {
      if (!fixture) return ctx.skip();
      const here = await hear(fixture.signal);
      const there = await hear(fixture.peer);
      // Drain what earlier tests published (a notification may still be on its way), up to a mark.
      await fixture.peer.publish([{ userId: 'mark', position: 1 }]);
      await expect.poll(() => [here.changes.at(-1), there.changes.at(-1)]).toEqual(['mark:1', 'mark:1']);
      here.changes.length = 0;
      there.changes.length = 0;
      await fixture.peer.publishLost();
      await expect.poll(() => [here.lost, there.lost]).toEqual([1, 1]);
      expect([...here.changes, ...there.changes]).toEqual([]);
      await here.unsubscribe();
      await there.unsubscribe();
    });

    it('when the subscribing connection is lost, the subscriber should be told, then hear changes again', async (ctx) => {
      if (!fixture?.breakConnection) return ctx.skip();
      const here = await hear(fixture.signal);
      await fixture.breakConnection();
      await expect.poll(() => here.lost, { timeout: 10_000 }).toBe(1);
      await fixture.peer.publish([{ userId: 'back', position: 7 }]);
      await expect.poll(() => here.changes, { timeout: 5000 }).toEqual(['back:7']);
      await here.unsubscribe();
    });
  });
}
