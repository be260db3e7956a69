import type { Decider } from '../domain/shared/index.js';
import type { Snapshot, SnapshotStore } from '../infra/eventStore/index.js';

/**
 * After an append: stores the new state as the stream's snapshot once `every` events or more were
 * folded on top of the last snapshot (or from the start). A failed write is not the command's
 * failure: the events are appended, and the next command folds a few more events.
 */
export async function keepSnapshot(
  decider: Pick<Decider<never, never, unknown>, 'snapshot'>,
  snapshots: SnapshotStore | undefined,
  snapshotVersion: number,
  taken: Omit<Snapshot, 'stateVersion'>,
): Promise<void> {
  const policy = decider.snapshot;
  if (!policy || !snapshots || taken.version - snapshotVersion < policy.every) return;
  await snapshots.write({ ...taken, stateVersion: policy.version }).catch(() => undefined);
}
