import { describe, expect, it } from 'vitest';
import { PostgresBus, type ReceivedMessage } from '../../infra/bus/index.js';
import { PostgresScheduler } from '../../infra/scheduler/index.js';
import { createScheduledHandlers } from './scheduledHandlers.js';
import { publishAt, SCHEDULED_KEY_HEADER } from './publishAt.js';
import { templatedPglite } from '../../test/support/pgliteTemplate.js';

describe('scheduled bus publish', () => {
  it('when a scheduled publish falls due, its message should be published once, tagged with its key', async () => {
    const db = await templatedPglite();
    const bus = await PostgresBus.open(db);
    const scheduler = await PostgresScheduler.open(db);
    try {
      const item = {
        key: 'reminder-1',
        dueAt: new Date(Date.now() - 1000),
        topic: 'reminders',
        messages: [{ key: 'user-1', value: 'wake up', headers: { 'x-kind': 'reminder' } }],
      };
      expect(await publishAt(scheduler, item)).toBe(true);
      expect(await publishAt(scheduler, item)).toBe(false);
      const received: ReceivedMessage[] = [];
      const consumer = await bus.consume({ group: 'g', topics: ['reminders'] }, async (m) => {
        received.push(m);
      });
      const runner = scheduler.run(createScheduledHandlers({ bus, outbox: bus }));
      await expect
        .poll(async () => (await scheduler.get('reminder-1'))?.status, { timeout: 10_000 })
        .toBe('done');
      await expect.poll(() => received.length, { timeout: 10_000 }).toBe(1);
      await runner.stop();
      await consumer.stop();
      expect(received[0]?.value.toString()).toBe('wake up');
      expect(received[0]?.headers).toEqual({ 'x-kind': 'reminder', [SCHEDULED_KEY_HEADER]: 'reminder-1' });
      expect(
        await db.knex('bus_messages').where({ topic: 'reminders' }).count<{ n: number }[]>('* as n'),
      ).toEqual([{ n: 1 }]);
    } finally {
      await scheduler.close();
      await bus.close();
      await db.close();
    }
  });
});
