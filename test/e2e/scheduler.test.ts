import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import type { ReceivedMessage } from '../../infra/bus/index.js';
import { publishAt, SCHEDULED_KEY_HEADER } from '../../projectors/index.js';
import { describeOnBackends } from '../support/describeOnBackends.js';

describeOnBackends('scheduled work in the projectors process', ({ backend }) => {
  it('when a publish is scheduled for a time that has come, the projectors process should publish it once', async (ctx) => {
    const running = backend()?.process;
    if (!running) return ctx.skip();
    const { scheduler, bus } = running.infra;
    const topic = `scheduled-${randomUUID().slice(0, 8)}`;
    const key = `remind-${randomUUID()}`;
    const received: ReceivedMessage[] = [];
    const consumer = await bus.consume({ group: `g-${topic}`, topics: [topic] }, async (message) => {
      received.push(message);
    });
    try {
      const item = {
        key,
        dueAt: new Date(Date.now() + 200),
        topic,
        messages: [{ key: 'user-1', value: 'hello' }],
      };
      expect(await publishAt(scheduler, item)).toBe(true);
      expect(await publishAt(scheduler, item)).toBe(false);
      await expect.poll(async () => (await scheduler.get(key))?.status, { timeout: 20_000 }).toBe('done');
      await expect.poll(() => received.length, { timeout: 30_000 }).toBe(1);
      expect(received[0]?.value.toString()).toBe('hello');
      expect(received[0]?.headers[SCHEDULED_KEY_HEADER]).toBe(key);
    } finally {
      await consumer.stop();
    }
  }, 60_000);
});
