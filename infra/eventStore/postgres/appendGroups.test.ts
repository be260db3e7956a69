import { beforeEach, describe, expect, it } from 'vitest';
import { freshEventStore } from '../../../test/support/freshEventStore.js';
import { IdempotencyMismatchError, WrongExpectedVersionError } from '../errors.js';
import { newEvent } from '../eventStoreContract.js';
import type { PostgresEventStore } from './PostgresEventStore.js';

describe('Postgres event store: concurrent appends share statements', () => {
  let appendStatements = 0;
  const fresh = freshEventStore((sql) => {
    if (/es_append(_many)?\(/.test(sql)) appendStatements++;
  });
  let store: PostgresEventStore;
  beforeEach((ctx) => {
    if (!fresh.store) return ctx.skip();
    store = fresh.store;
  });

  /** Four appends that take every slot, so what follows them waits and goes as one group. */
  const fillers = (tag: string) =>
    [1, 2, 3, 4].map((i) => store.append(`fill-${tag}-${i}`, [newEvent('Filler')], 'no_stream'));

  it('when forty appends arrive at once, they should be written in five statements, each stored once at its answered position', async () => {
    const before = appendStatements;
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => store.append(`many-${i}`, [newEvent('Made', { i })], 'no_stream')),
    );
    // Four go at once, alone; the other 36 wait for a slot and share one statement.
    expect(appendStatements - before).toBe(5);
    expect(new Set(results.map((r) => r.position)).size).toBe(40);
    for (const [i, result] of results.entries()) {
      const events = await store.readStream(`many-${i}`);
      expect(events.map((e) => [e.data.i, e.position, e.streamVersion])).toEqual([[i, result.position, 0]]);
      expect(result.nextExpectedVersion).toBe(0);
    }
  });

  it('when one append of a group fails for a reason that names no stream, it should fail alone and the others be stored', async () => {
    const filled = fillers('poison');
    // PostgreSQL refuses a NUL in jsonb text: the group's one statement fails as a whole.
    const poison = store.append('poison-bad', [newEvent('Bad', { text: 'a\u0000b' })], 'no_stream');
    const others = Array.from({ length: 5 }, (_, i) =>
      store.append(`poison-other-${i}`, [newEvent('Other')], 'no_stream'),
    );
    await expect(poison).rejects.toThrow();
    await Promise.all(filled);
    const results = await Promise.all(others);
    for (const [i, result] of results.entries()) {
      const events = await store.readStream(`poison-other-${i}`);
      expect(events.map((e) => e.position)).toEqual([result.position]);
    }
    expect(await store.readStream('poison-bad')).toEqual([]);
  });

  it('when one append of a group is refused, it should fail alone and the others should be stored once', async () => {
    await store.append('refused-exists', [newEvent('First')], 'no_stream');
    const stored = newEvent('Stored');
    await store.append('refused-mismatch', [stored], 'no_stream');
    const filled = fillers('refused');
    const wrongVersion = store.append('refused-exists', [newEvent('Second')], 'no_stream');
    const mismatch = store.append('refused-mismatch', [stored, newEvent('New')], 'any');
    const others = Array.from({ length: 5 }, (_, i) =>
      store.append(`refused-other-${i}`, [newEvent('Other')], 'no_stream'),
    );
    const retried = store.append('refused-mismatch', [stored], 0);
    await expect(wrongVersion).rejects.toBeInstanceOf(WrongExpectedVersionError);
    await expect(mismatch).rejects.toBeInstanceOf(IdempotencyMismatchError);
    await Promise.all(filled);
    const results = await Promise.all(others);
    for (const [i, result] of results.entries()) {
      const events = await store.readStream(`refused-other-${i}`);
      expect(events.map((e) => e.position)).toEqual([result.position]);
    }
    // A retry of stored events in a later group answers as the first append did.
    expect((await retried).nextExpectedVersion).toBe(0);
    expect(await store.readStream('refused-exists')).toHaveLength(1);
    expect(await store.readStream('refused-mismatch')).toHaveLength(1);
  });

  it('when two appends to one stream wait together, the later should go in a later group, after the earlier', async () => {
    const filled = fillers('order');
    const first = store.append('order-stream', [newEvent('One')], 'no_stream');
    const second = store.append('order-stream', [newEvent('Two')], 0);
    const many = store.appendMany([
      { stream: 'order-stream', events: [newEvent('Three')], expected: 1 },
      { stream: 'order-other', events: [newEvent('Beside')], expected: 'no_stream' },
    ]);
    await Promise.all(filled);
    expect((await first).nextExpectedVersion).toBe(0);
    expect((await second).nextExpectedVersion).toBe(1);
    expect((await many).map((r) => r.nextExpectedVersion)).toEqual([2, 0]);
    expect((await store.readStream('order-stream')).map((e) => e.type)).toEqual(['One', 'Two', 'Three']);
  });

  it('when an append carries no events or a bad event id, it should fail alone before any SQL', async () => {
    const filled = fillers('bad');
    const bad = store.append('bad-id', [{ ...newEvent('Bad'), id: 'not-a-uuid' }], 'any');
    const empty = store.appendMany([{ stream: 'bad-empty', events: [], expected: 'any' }]);
    const good = store.append('bad-neighbour', [newEvent('Good')], 'no_stream');
    await expect(bad).rejects.toThrow('event ids must be UUIDs');
    await expect(empty).rejects.toThrow('at least one event');
    await Promise.all(filled);
    expect((await good).nextExpectedVersion).toBe(0);
  });
});
