import { describe, expect, it } from 'vitest';
import { freshEventStore } from '../../../test/support/freshEventStore.js';
import { newEvent } from '../eventStoreContract.js';

describe('Postgres event store: readAll', () => {
  let statements: string[] = [];
  const fresh = freshEventStore((sql) => statements.push(sql));

  it('when a reader reads what follows its position, it should take one statement for the head and the events', async (ctx) => {
    const store = fresh.store;
    if (!store) return ctx.skip();
    await store.appendMany([
      { stream: 'kept-1', events: [newEvent('Keep'), newEvent('Skip')], expected: 'no_stream' },
      { stream: 'other-1', events: [newEvent('Keep')], expected: 'no_stream' },
    ]);
    const head = await store.lastPosition();
    statements = [];
    const page = await store.readAll({
      after: 0,
      limit: 10,
      filter: { eventTypes: ['Keep'], categories: ['kept'] },
    });
    expect(statements).toHaveLength(1);
    expect(page.events.map((e) => [e.streamName, e.type])).toEqual([['kept-1', 'Keep']]);
    expect(page).toMatchObject({ head, scannedTo: head });

    statements = [];
    expect(await store.readAll({ after: head, limit: 10 })).toEqual({ events: [], scannedTo: head, head });
    expect(statements).toHaveLength(1);
  });
});
