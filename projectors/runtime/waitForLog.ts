import type { EventStore } from '../../infra/eventStore/index.js';

/**
 * A sleep until an append is announced, `ms` pass or `signal` aborts, armed now (so an append
 * announced from now on ends it, however late it is awaited); `cancel` ends it early.
 */
export function armWait(store: EventStore, ms: number, signal: AbortSignal) {
  const cancel = new AbortController();
  const woken = store.waitForAppend(ms, AbortSignal.any([signal, cancel.signal]));
  // A reason, so aborting makes no DOMException (and its stack) every round.
  return { woken, cancel: () => cancel.abort('done') };
}

/**
 * Sleeps as armWait does, unless the log's head is no longer `head`: resolves to true (without
 * sleeping) when it moved. The sleep is armed before the head is read, so an append announced
 * in between is never slept through.
 */
export async function waitUnlessMoved(
  store: EventStore,
  head: number,
  ms: number,
  signal: AbortSignal,
): Promise<boolean> {
  const wait = armWait(store, ms, signal);
  const moved = (await store.headPosition()) !== head;
  if (moved) wait.cancel();
  await wait.woken;
  return moved;
}
