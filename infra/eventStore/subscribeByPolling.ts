import type { EventStore, RecordedEvent, SubscribeOptions, Subscription } from './EventStore.js';

/**
 * Catch-up-then-live subscription on top of readAll: read batches until the head, then sleep
 * until the store signals an append (LISTEN/NOTIFY), with a 1 s timer as a safety net.
 */
export function subscribeByPolling(
  store: EventStore,
  options: SubscribeOptions,
  onEvents: (events: RecordedEvent[]) => Promise<void>,
): Subscription {
  const controller = new AbortController();
  const batchSize = options.batchSize ?? 500;
  let after = options.after;
  const loop = (async () => {
    while (!controller.signal.aborted) {
      const { events, scannedTo } = await store.readAll({ after, limit: batchSize, filter: options.filter });
      if (events.length > 0 && !controller.signal.aborted) await onEvents(events);
      after = scannedTo;
      if (events.length < batchSize) await store.waitForAppend(1000, controller.signal);
    }
  })();
  return {
    async stop() {
      controller.abort();
      await loop;
    },
  };
}
