import type { Knex } from 'knex';
import { v5 as uuidv5 } from 'uuid';
import { z } from 'zod';
import { handleCommand, loadStream } from '../../../core/index.js';
import { NOTIFICATION_CATEGORY, notificationDecider } from '../../../domain/notification/index.js';
import { DomainError } from '../../../domain/shared/index.js';
import type { Bus } from '../../../infra/bus/index.js';
import { streamName, type EventStore, type SnapshotStore } from '../../../infra/eventStore/index.js';
import type { PushNotification } from '../../../infra/push/index.js';
import { PUSH_REQUESTS_TOPIC } from '../notifier/index.js';
import type { HeldPushes } from './holdPushes.js';
import { stillReachable } from './stillReachable.js';

const RELEASE_COMMAND_NAMESPACE = '6f2d8c1e-94b3-4e7a-a5c0-3b8e1d7f2a96';

const heldSchema = z.object({
  notificationId: z.uuid(),
  key: z.string().min(1),
  pushes: z.array(z.looseObject({ id: z.string(), deviceId: z.string() })),
  erased: z.number().int().nonnegative().optional(),
});

export interface ReleaseDeps {
  store: EventStore;
  /** The read models: each held push is checked against its device as the notifier knows it now. */
  knex?: Knex;
  snapshots?: SnapshotStore;
  bus: Bus;
  clock: () => Date;
}

/**
 * Hands a held group (a message of PUSH_HELD_TOPIC, published by the scheduler when the users'
 * quiet hours end) to the sender, unless its notification was cancelled meanwhile: reads the
 * notification's stream, publishes the pushes on PUSH_REQUESTS_TOPIC (the same delivery keys,
 * so the sender's ledger sends each once however often this runs), THEN records the release
 * (ReleaseHeldPushes, a command id derived from the group's key; the statistics move the group
 * from `deferred` to handed over). A cancel landing between the read and the record refuses the
 * record: those pushes went out, as pushes of a page do before a cancel.
 * Answers `released`, `cancelled` (dropped) or `invalid` (not a held group: skipped).
 */
export async function releaseHeldPushes(
  deps: ReleaseDeps,
  value: string,
): Promise<'released' | 'cancelled' | 'invalid'> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return 'invalid';
  }
  const checked = heldSchema.safeParse(parsed);
  if (!checked.success) return 'invalid';
  const held = checked.data as unknown as HeldPushes;
  const stream = streamName(NOTIFICATION_CATEGORY, held.notificationId);
  const { state } = await loadStream(deps.store, notificationDecider, stream, deps.snapshots);
  if (state.status === 'cancelled' || state.status === 'none') return 'cancelled';
  // A device removed, moved to another user or erased while its push was held gets nothing.
  const reachable = deps.knex ? await stillReachable(deps.knex, held.pushes) : held.pushes;
  if (reachable.length > 0)
    await deps.bus.publish(
      PUSH_REQUESTS_TOPIC,
      reachable.map((p: PushNotification) => ({ key: p.deviceId, value: JSON.stringify(p) })),
    );
  try {
    await handleCommand({
      store: deps.store,
      ...(deps.snapshots ? { snapshots: deps.snapshots } : {}),
      decider: notificationDecider,
      stream,
      command: (metadata) => ({
        type: 'ReleaseHeldPushes' as const,
        data: {
          notificationId: held.notificationId,
          key: held.key,
          // Pushes of erased users were dropped while held: still counted as handed over.
          devices: held.pushes.length + (held.erased ?? 0),
        },
        metadata,
      }),
      context: {
        commandId: uuidv5(held.key, RELEASE_COMMAND_NAMESPACE),
        correlationId: held.notificationId,
        now: deps.clock(),
      },
    });
  } catch (error) {
    if (!(error instanceof DomainError && error.code === 'conflict')) throw error;
  }
  return 'released';
}
