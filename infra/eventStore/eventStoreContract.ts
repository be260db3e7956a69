import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IdempotencyMismatchError, WrongExpectedVersionError } from './errors.js';
import type { EventStore, NewEvent, RecordedEvent } from './EventStore.js';

export function newEvent(type: string, data: Record<string, unknown> = {}): NewEvent {
  return {
    id: randomUUID(),
    type,
    data,
    metadata: {
      schemaVersion: 1,
      commandId: randomUUID(),
      correlationId: randomUUID(),
      causationId: randomUUID(),
      actorUserId: 'u1',
      actorDeviceId: 'd1',
      traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
    },
  };
}

/** The behaviour every EventStore adapter must show. `open` returns a store on an empty log. */
export function describeEventStoreContract(
  name: string,
  open: () => Promise<{ store: EventStore; dispose: () => Promise<void> } | undefined>,
): void {
  describe(`EventStore contract: ${name}`, () => {
    let store: EventStore;
    let dispose: (() => Promise<void>) | undefined;
    let skip = false;
    const stream = (category = 'order') => `${category}-${randomUUID()}`;

    beforeAll(async () => {
      const opened = await open();
      if (!opened) skip = true;
      else ({ store, dispose } = opened);
    });
    afterAll(async () => {
      await dispose?.();
    });

    it('when appending to a new stream with no_stream, it should return version and position', async (ctx) => {
      if (skip) return ctx.skip();
      const s = stream();
      const result = await store.append(s, [newEvent('A'), newEvent('B')], 'no_stream');
      expect(result.nextExpectedVersion).toBe(1);
      const read = await store.readStream(s);
      expect(read.map((e) => [e.type, e.streamVersion])).toEqual([
        ['A', 0],
        ['B', 1],
      ]);
      expect(read[1]?.position).toBe(result.position);
    });

    it('when the stream exists, no_stream should raise the conflict error and append nothing', async (ctx) => {
      if (skip) return ctx.skip();
      const s = stream();
      await store.append(s, [newEvent('A')], 'no_stream');
      await expect(store.append(s, [newEvent('B')], 'no_stream')).rejects.toBeInstanceOf(
        WrongExpectedVersionError,
      );
      expect(await store.readStream(s)).toHaveLength(1);
    });

    it('when the stream is missing, stream_exists should raise the conflict error', async (ctx) => {
      if (skip) return ctx.skip();
      const s = stream();
      await expect(store.append(s, [newEvent('A')], 'stream_exists')).rejects.toBeInstanceOf(
        WrongExpectedVersionError,
      );
      expect(await store.readStream(s)).toHaveLength(0);
      await store.append(s, [newEvent('A')], 'any');
      await expect(store.append(s, [newEvent('B')], 'stream_exists')).resolves.toMatchObject({
        nextExpectedVersion: 1,
      });
    });

    it('when the exact version is stale, the append should conflict; when current, it should succeed', async (ctx) => {
      if (skip) return ctx.skip();
      const s = stream();
      await store.append(s, [newEvent('A'), newEvent('B')], 'no_stream');
      await expect(store.append(s, [newEvent('C')], 0)).rejects.toBeInstanceOf(WrongExpectedVersionError);
      await expect(store.append(s, [newEvent('C')], 1)).resolves.toMatchObject({ nextExpectedVersion: 2 });
    });

    it('when ten writers race on one exact version, exactly one should win', async (ctx) => {
      if (skip) return ctx.skip();
      const s = stream();
      await store.append(s, [newEvent('A')], 'no_stream');
      const results = await Promise.allSettled(
        Array.from({ length: 10 }, () => store.append(s, [newEvent('B')], 0)),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(rejected.every((r) => r.reason instanceof WrongExpectedVersionError)).toBe(true);
      expect(await store.readStream(s)).toHaveLength(2);
    });

    it('when the same events are appended twice, the retry should be a no-op with the same result', async (ctx) => {
      if (skip) return ctx.skip();
      const s = stream();
      const events = [newEvent('A'), newEvent('B')];
      const first = await store.append(s, events, 'no_stream');
      const retry = await store.append(s, events, 'no_stream');
      expect(retry).toEqual(first);
      expect(await store.readStream(s)).toHaveLength(2);
    });

    it('when a retry repeats only some event ids, it should be refused', async (ctx) => {
      if (skip) return ctx.skip();
      const s = stream();
      const a = newEvent('A');
      await store.append(s, [a], 'any');
      await expect(store.append(s, [a, newEvent('B')], 'any')).rejects.toBeInstanceOf(
        IdempotencyMismatchError,
      );
    });

    it('when read back, every metadata field should survive the round trip', async (ctx) => {
      if (skip) return ctx.skip();
      const s = stream();
      const event = newEvent('A', { nested: { list: [1, 2] }, text: 'é' });
      await store.append(s, [event], 'any');
      const [read] = await store.readStream(s);
      expect(read?.id).toBe(event.id);
      expect(read?.data).toEqual(event.data);
      expect(read?.metadata).toMatchObject(event.metadata);
      expect(read?.createdAt).toBeInstanceOf(Date);
    });

    it('when nothing is appending, the last position and the head should both be the last append', async (ctx) => {
      if (skip) return ctx.skip();
      await store.append(stream('last'), [newEvent('First')], 'any');
      const { position } = await store.append(stream('last'), [newEvent('Second')], 'any');
      expect(await store.lastPosition()).toBe(position);
      expect(await store.headPosition()).toBe(position);
    });

    it('when reading the global log in batches, it should return every event once in position order', async (ctx) => {
      if (skip) return ctx.skip();
      const start = await store.headPosition();
      const appended: string[] = [];
      for (let i = 0; i < 7; i++) {
        const e = newEvent('Batch', { i });
        appended.push(e.id);
        await store.append(stream('batch'), [e], 'any');
      }
      const seen: RecordedEvent[] = [];
      let after = start;
      for (;;) {
        const page = await store.readAll({ after, limit: 3, filter: { categories: ['batch'] } });
        seen.push(...page.events);
        if (page.scannedTo === after) break;
        after = page.scannedTo;
      }
      expect(seen.map((e) => e.id)).toEqual(appended);
      const positions = seen.map((e) => e.position);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    });

    it('when several streams are read at once, each should come back whole and in order, a missing one empty', async (ctx) => {
      if (skip) return ctx.skip();
      const [a, b, missing] = [stream(), stream(), stream()];
      await store.append(a, [newEvent('A1'), newEvent('A2')], 'no_stream');
      await store.append(b, [newEvent('B1')], 'no_stream');
      await store.append(a, [newEvent('A3')], 1);
      const read = await store.readStreams([a, b, missing]);
      expect(read.get(a)?.map((e) => [e.type, e.streamVersion])).toEqual([
        ['A1', 0],
        ['A2', 1],
        ['A3', 2],
      ]);
      expect(read.get(b)?.map((e) => e.type)).toEqual(['B1']);
      expect(read.get(missing)).toEqual([]);
    });

    it('when several streams are appended at once, all should land; if one conflicts, none should', async (ctx) => {
      if (skip || !store.appendMany) return ctx.skip();
      const [a, b, c] = [stream(), stream(), stream()];
      await store.append(c, [newEvent('C1')], 'no_stream');
      const results = await store.appendMany([
        { stream: a, events: [newEvent('A1'), newEvent('A2')], expected: 'no_stream' },
        { stream: b, events: [newEvent('B1')], expected: 'no_stream' },
      ]);
      expect(results.map((r) => r.nextExpectedVersion)).toEqual([1, 0]);
      expect((await store.readStream(b))[0]?.position).toBe(results[1]?.position);
      const head = await store.headPosition();
      // `c` is at 0, not -1: the whole batch is refused and `a` gets nothing.
      await expect(
        store.appendMany([
          { stream: a, events: [newEvent('A3')], expected: 1 },
          { stream: c, events: [newEvent('C2')], expected: 'no_stream' },
        ]),
      ).rejects.toBeInstanceOf(WrongExpectedVersionError);
      expect(await store.headPosition()).toBe(head);
      expect((await store.readStream(a)).length).toBe(2);
    });

    it('when multi-stream appends and single appends race on the same streams in any order, each should land or conflict, never fail otherwise', async (ctx) => {
      if (skip || !store.appendMany) return ctx.skip();
      const names = Array.from({ length: 6 }, () => stream());
      const outcomes = await Promise.allSettled(
        Array.from({ length: 24 }, (_, i) => {
          const picked = [names[i % 6]!, names[(i + 3) % 6]!, names[(i + 5) % 6]!];
          if (i % 4 === 3) return store.append(picked[0]!, [newEvent('One')], 'any');
          return store.appendMany!(
            (i % 2 ? picked.reverse() : picked).map((s) => ({
              stream: s,
              events: [newEvent('Many')],
              expected: 'any',
            })),
          );
        }),
      );
      const failures = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason] : []));
      expect(failures.filter((e) => !(e instanceof WrongExpectedVersionError))).toEqual([]);
      expect(outcomes.filter((o) => o.status === 'fulfilled').length).toBe(24);
    });

    it('when filtering by event type, it should return only those types', async (ctx) => {
      if (skip) return ctx.skip();
      const start = await store.headPosition();
      const s = stream('mixed');
      await store.append(s, [newEvent('Keep'), newEvent('Drop'), newEvent('Keep')], 'any');
      const page = await store.readAll({ after: start, limit: 100, filter: { eventTypes: ['Keep'] } });
      expect(page.events.map((e) => e.type)).toEqual(['Keep', 'Keep']);
      expect(page.scannedTo).toBeGreaterThanOrEqual(page.events[1]?.position ?? Infinity);
    });

    it('when subscribed, it should catch up and then receive live events filtered by category', async (ctx) => {
      if (skip) return ctx.skip();
      const category = `sub${randomUUID().slice(0, 8).replace(/-/g, '')}`;
      const start = await store.headPosition();
      await store.append(stream(category), [newEvent('Old')], 'any');
      await store.append(stream('other'), [newEvent('Noise')], 'any');
      const received: string[] = [];
      const subscription = store.subscribe(
        { after: start, filter: { categories: [category] } },
        async (events) => {
          received.push(...events.map((e) => e.type));
        },
      );
      await expect.poll(() => received, { timeout: 5000 }).toEqual(['Old']);
      await store.append(stream(category), [newEvent('Live')], 'any');
      await expect.poll(() => received, { timeout: 5000 }).toEqual(['Old', 'Live']);
      await subscription.stop();
    });
  });
}
