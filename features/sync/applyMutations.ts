import { v5 as uuidv5 } from 'uuid';
import { DomainError } from '../../domain/shared/index.js';
import {
  DOCUMENT_CATEGORY,
  documentDecider,
  mutationResult,
  type ApplyMutation,
  type DocumentState,
} from '../../domain/sync/index.js';
import { streamName } from '../../infra/eventStore/index.js';
import { BLOB_CATEGORY, blobDecider, blobReferences, isBlobId } from '../../domain/blob/index.js';
import { SPACE_CATEGORY, spaceDecider } from '../../domain/space/index.js';
import { canWriteSpace } from '../../access/index.js';
import type { AccessClaims } from '../../platform/auth/index.js';
import type { CommandApiDeps } from '../../command-api/index.js';
import type { MutationBatch, MutationResponse, MutationSchema } from './syncSchemas.js';
import type { z } from '../../platform/http/index.js';
import { foldStream, handleCommandBatch, type BatchCommand, type CommandContext } from '../../core/index.js';

type Mutation = z.infer<typeof MutationSchema>;
type Result = z.infer<typeof MutationResponse>['results'][number];
const MUTATION_NAMESPACE = '5f0f6c2e-2d3b-4b8a-9a1e-7c4d3e2b1a90';

class Rejection extends Error {
  constructor(
    readonly reason: 'schema' | 'blob',
    readonly errors: string[],
  ) {
    super(reason);
  }
}

/** The blobs among `ids` that do not exist or belong to someone else. */
async function unownedBlobs(
  store: CommandApiDeps['store'],
  ids: string[],
  userId: string,
): Promise<string[]> {
  const bad: string[] = [];
  for (const id of ids) {
    if (!isBlobId(id)) {
      bad.push(id.slice(0, 64));
      continue;
    }
    const blob = foldStream(blobDecider, await store.readStream(streamName(BLOB_CATEGORY, id)));
    if (blob.status !== 'stored' || blob.ownerId !== userId) bad.push(id);
  }
  return bad;
}

/** The document a mutation would leave (for schema checks before anything is written). */
function prospective(mutation: Mutation, state: DocumentState): Record<string, unknown> {
  if (mutation.op === 'put') return { ...mutation.set };
  const fields = { ...(state.deleted ? {} : state.fields), ...mutation.set };
  for (const name of mutation.unset ?? []) delete fields[name];
  return fields;
}

/**
 * A client's batch of document mutations, each answered on its own: first each mutation's own
 * refusals (collection, permission), then the rest as one batch of commands (their streams read
 * together, decided, appended in one transaction). No HTTP: the route parses and answers.
 */
export async function applyMutations(
  deps: Pick<CommandApiDeps, 'store' | 'collections'>,
  auth: AccessClaims,
  batch: z.infer<typeof MutationBatch>,
  base: CommandContext,
  options: { maxClockSkewMs: number },
): Promise<{ results: Result[]; position: number }> {
  // Whether the caller may write in each space named, read once per batch.
  const writable = new Map<string, Promise<boolean>>();
  const mayWriteIn = (spaceId: string) => {
    let answer = writable.get(spaceId);
    if (!answer) {
      answer = deps.store
        .readStream(streamName(SPACE_CATEGORY, spaceId))
        .then((events) => canWriteSpace(auth, foldStream(spaceDecider, events)));
      writable.set(spaceId, answer);
    }
    return answer;
  };
  // First each mutation's own refusals (collection, permission), then the rest as one batch of
  // commands: their streams read together, decided, appended in one transaction.
  const slots: (Result | number)[] = [];
  const commands: BatchCommand<ApplyMutation, DocumentState>[] = [];
  for (const mutation of batch.mutations) {
    const rejected = (reason: string, errors?: string[]) => rejection(mutation.mutationId, reason, errors);
    const collection = deps.collections.get(mutation.collection);
    if (!collection) {
      slots.push(rejected('unknown_collection'));
      continue;
    }
    let namespace = auth.userId;
    let spaceId: string | null = null;
    if (collection.scope === 'space') {
      // Shared documents: the caller must be an owner or editor of the space named.
      if (!mutation.spaceId) {
        slots.push(rejected('permission', ['spaceId is required for a space collection']));
        continue;
      }
      if (!(await mayWriteIn(mutation.spaceId))) {
        slots.push(rejected('permission', ['only owners and editors of the space may write']));
        continue;
      }
      namespace = spaceId = mutation.spaceId;
    } else if (mutation.spaceId) {
      slots.push(rejected('permission', [`${mutation.collection} is private: no spaceId`]));
      continue;
    }
    const context = {
      ...base,
      commandId: uuidv5(`${auth.userId}|${mutation.mutationId}`, MUTATION_NAMESPACE),
    };
    slots.push(commands.length);
    commands.push({
      stream: streamName(DOCUMENT_CATEGORY, `${mutation.collection}-${namespace}_${mutation.documentId}`),
      command: (metadata): ApplyMutation => ({
        type: 'ApplyMutation',
        data: {
          collection: mutation.collection,
          documentId: mutation.documentId,
          mutationId: mutation.mutationId,
          clientId: batch.clientId,
          op: mutation.op,
          set: mutation.set ?? {},
          unset: mutation.unset ?? [],
          baseVersion: mutation.baseVersion,
          hlc: mutation.hlc,
          receivedAtMs: context.now.getTime(),
          maxClockSkewMs: options.maxClockSkewMs,
          strategy: collection.strategy,
          scope: { ownerId: auth.userId, spaceId },
        },
        metadata,
      }),
      context, // After the replay check: a replayed mutation answers as it first did.
      // A put at base version 0: the client knows no version of the document, most likely new.
      expectNew: mutation.op === 'put' && mutation.baseVersion === 0,
      check: async (state) => {
        if (mutation.op === 'delete') return;
        const next = prospective(mutation, state);
        const errors = collection.validate(next);
        if (errors.length > 0) throw new Rejection('schema', errors);
        // A new blob reference must name a blob the writer uploaded; one the document
        // already holds may stay (an editor re-saving a colleague's photo).
        const held = new Set(blobReferences(state.deleted ? {} : state.fields));
        const added = blobReferences(next).filter((id) => !held.has(id));
        if (added.length > 20) throw new Rejection('blob', ['at most 20 new blob references at once']);
        const bad = await unownedBlobs(deps.store, added, auth.userId);
        if (bad.length > 0)
          throw new Rejection(
            'blob',
            bad.map((id) => `no blob ${id} of yours`),
          );
      },
    });
  }
  // Clients replaying offline queues race on shared documents, and a retry re-reads and merges
  // again: a mutation gets more attempts than a plain command before its batch answers 409.
  const outcomes = await handleCommandBatch({
    store: deps.store,
    decider: documentDecider,
    commands,
    attempts: 10,
  });
  let position = 0;
  const results = slots.map((slot, index): Result => {
    if (typeof slot !== 'number') return slot;
    const mutationId = batch.mutations[index]!.mutationId;
    const outcome = outcomes[slot]!;
    if (outcome.ok) {
      const event = outcome.result.events[0];
      if (!event) throw new Error('a mutation always records one event');
      position = Math.max(position, outcome.result.position);
      return { mutationId, ...mutationResult(event, outcome.result.state) };
    }
    const { error } = outcome;
    if (error instanceof Rejection) return rejection(mutationId, error.reason, error.errors);
    if (
      error instanceof DomainError &&
      (error.reason === 'bad_base_version' || error.reason === 'clock_skew')
    )
      return rejection(mutationId, error.reason, [error.message]);
    throw error;
  });
  return { results, position };
}

/** A mutation's refusal as its result says it: the reason, and what was wrong when known. */
function rejection(mutationId: string, reason: string, errors?: readonly string[]): Result {
  return { mutationId, status: 'rejected', reason, ...(errors ? { errors: [...errors] } : {}) };
}
