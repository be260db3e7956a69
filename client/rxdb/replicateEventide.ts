import type { RxCollection, WithDeleted } from 'rxdb';
import { replicateRxCollection, type RxReplicationState } from 'rxdb/plugins/replication';
import { HybridClock } from '../HybridClock.js';
import type { Mutation } from '../MutationQueue.js';
import { fetchFeedPage, sendMutations, type MutationOutcome } from '../protocol.js';
import type { Session } from '../Session.js';

/**
 * An RxDB document as this adapter keeps it: the app's fields, its id, the server version it was
 * last pulled at (the base of the next write) and the clock of its last local write.
 */
export type EventideRxDocument = { id: string; serverVersion?: number; clock?: string } & Record<
  string,
  unknown
>;

/** The properties the adapter needs in the collection's RxDB schema, beside the app's own. */
export const eventideRxProperties = {
  serverVersion: { type: 'number' },
  clock: { type: 'string' },
} as const;

export interface EventideReplicationOptions {
  collection: RxCollection<EventideRxDocument>;
  /** The app collection on the server (a private one). */
  remoteCollection: string;
  session: Session;
  /** This install's client id (letters, digits, - and _). */
  clientId: string;
  now?: () => number;
  /** Seen by the app: every answer to a pushed document (conflicts, rejections). */
  onOutcome?: (outcome: MutationOutcome) => void;
  live?: boolean;
  retryTime?: number;
}

/** The app's fields of an RxDB document: without its id, version and RxDB's own `_` fields. */
function fieldsOf(doc: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(doc).filter(
      ([name]) => name !== 'id' && name !== 'serverVersion' && name !== 'clock' && !name.startsWith('_'),
    ),
  );
}

/**
 * Replicates an RxDB collection with Eventide: RxDB's pull handler reads the feed (whole
 * documents, filtered to the collection, the feed cursor as RxDB's checkpoint), and its push
 * handler turns each changed document into a patch of the fields that differ from the state RxDB
 * last pulled (a put when new, a delete when removed), based on that state's version. A conflict goes back to RxDB as the server's document, for RxDB's conflict handler.
 * The server protocol knows nothing of RxDB: this is the whole adapter.
 */
export function replicateEventide(
  options: EventideReplicationOptions,
): RxReplicationState<EventideRxDocument, { cursor: string }> {
  const clock = new HybridClock(options.clientId, options.now);
  // Sequence numbers that stay ahead across restarts without storage: time-based, then counted.
  let sequence = 0;
  const nextSequence = () => (sequence = Math.max(sequence + 1, (options.now ?? Date.now)() * 100));
  // Each local write is stamped when it is made, so last-writer-wins compares edit times, not
  // the times the edits happened to be pushed.
  options.collection.preInsert((data) => {
    data.clock = clock.tick();
  }, false);
  options.collection.preSave((data) => {
    data.clock = clock.tick();
  }, false);

  return replicateRxCollection<EventideRxDocument, { cursor: string }>({
    collection: options.collection,
    replicationIdentifier: `eventide-${options.remoteCollection}-${options.clientId}`,
    live: options.live ?? true,
    retryTime: options.retryTime ?? 1000,
    pull: {
      batchSize: 100,
      async handler(checkpoint, batchSize) {
        const page = await fetchFeedPage(options.session, {
          cursor: checkpoint?.cursor ?? '',
          limit: batchSize,
          collections: [options.remoteCollection],
          whole: true,
        });
        if (page.mustRefetch) {
          // The feed no longer covers this cursor: start again from a bootstrap.
          return { documents: [], checkpoint: { cursor: '' } };
        }
        const documents: WithDeleted<EventideRxDocument>[] = page.changes.map((change) => ({
          ...change.fields,
          id: change.id,
          serverVersion: change.version,
          _deleted: change.deleted,
        }));
        return { documents, checkpoint: { cursor: page.nextCursor } };
      },
    },
    push: {
      batchSize: 100,
      async handler(rows) {
        const mutations: Mutation[] = rows.map((row) => {
          const doc = row.newDocumentState as WithDeleted<EventideRxDocument>;
          const assumed = row.assumedMasterState as WithDeleted<EventideRxDocument> | undefined;
          const head = {
            mutationId: `${options.clientId}:${nextSequence()}`,
            collection: options.remoteCollection,
            documentId: doc.id,
            baseVersion: assumed?.serverVersion ?? 0,
            hlc: doc.clock && !doc._deleted ? doc.clock : clock.tick(),
          };
          if (doc._deleted) return { ...head, op: 'delete' };
          if (!assumed || assumed._deleted) return { ...head, op: 'put', set: fieldsOf(doc) };
          // What the app changed since it last pulled, field by field, so field merges see it.
          const before = fieldsOf(assumed);
          const after = fieldsOf(doc);
          const set = Object.fromEntries(
            Object.entries(after).filter(
              ([name, value]) => JSON.stringify(before[name]) !== JSON.stringify(value),
            ),
          );
          const unset = Object.keys(before).filter((name) => !(name in after));
          return { ...head, op: 'patch', set, unset };
        });
        const { outcomes } = await sendMutations(options.session, options.clientId, mutations);
        const conflicts: WithDeleted<EventideRxDocument>[] = [];
        outcomes.forEach((outcome, index) => {
          options.onOutcome?.(outcome);
          if (outcome.status === 'conflict' && outcome.server) {
            conflicts.push({
              ...outcome.server.fields,
              id: mutations[index]!.documentId,
              serverVersion: outcome.server.version,
              _deleted: outcome.server.deleted,
            });
          }
        });
        return conflicts;
      },
    },
  });
}
