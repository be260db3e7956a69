import { Router } from 'express';
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
import { authenticate, authOf } from '../../platform/auth/index.js';
import {
  problemResponse,
  type OpenAPIRegistry,
  validate,
  problems,
  assertNoPoisonStrings,
} from '../../platform/http/index.js';
import type { CommandApiDeps } from '../../command-api/index.js';
import { commandContextFrom } from '../../command-api/index.js';
import { hasProtoField, MutationBatch, MutationResponse, type MutationSchema } from './syncSchemas.js';
import { batchFromProtobuf, PROTOBUF, responseToProtobuf } from './syncProtobuf.js';
import type { z } from '../../platform/http/index.js';
import { foldStream, handleCommand } from '../../core/index.js';

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
 * `POST /v1/sync/mutations`: a batch of up to 500 puts, patches and deletes from one client,
 * applied in order, each answered on its own (applied, merged, conflict, rejected). A mutation
 * id is the client id and its sequence number; it is the command id, so a replayed mutation
 * answers with its first result and writes nothing. Private documents live in their owner's
 * namespace (`doc-<collection>-<owner>_<id>`): another user's ids never reach them.
 */
/** `maxClockSkewMs`: how far a mutation's clock may run ahead of the server's (SYNC_MAX_CLOCK_SKEW_SECONDS). */
export function syncRoutes(
  deps: CommandApiDeps,
  registry: OpenAPIRegistry,
  options: { maxClockSkewMs: number },
): Router {
  const router = Router();
  registry.registerPath({
    method: 'post',
    path: '/v1/sync/mutations',
    summary: 'Apply a batch of document mutations (each answered on its own)',
    security: [{ bearer: [] }],
    description:
      'JSON, or protobuf (`Content-Type: application/x-protobuf`, message mobile.v1.MutationBatch). ' +
      'The answer (mobile.v1.MutationResponse) comes in the format of the body unless `Accept` prefers the other.',
    request: {
      body: {
        content: {
          'application/json': { schema: MutationBatch },
          [PROTOBUF]: { schema: { type: 'string', format: 'binary' } },
        },
      },
    },
    responses: {
      200: {
        description: 'One result per mutation',
        content: {
          'application/json': { schema: MutationResponse },
          [PROTOBUF]: { schema: { type: 'string', format: 'binary' } },
        },
      },
      400: problemResponse('Malformed or over-limit batch (nothing applied)'),
      401: problemResponse('Not signed in'),
      406: problemResponse('Unsupported Accept'),
      413: problemResponse('Body over SYNC_BODY_LIMIT_BYTES'),
    },
  });
  router.post('/mutations', authenticate(deps), async (req, res) => {
    const auth = authOf(req);
    const binary = Buffer.isBuffer(req.body);
    // Answer in the body's format unless Accept prefers the other.
    const format = req.accepts(binary ? [PROTOBUF, 'application/json'] : ['application/json', PROTOBUF]);
    if (!format) throw problems.notAcceptable(`Ask for application/json or ${PROTOBUF}`);
    const raw = binary ? batchFromProtobuf(req.body as Buffer) : (req.body as unknown);
    // A JSON body was checked at the edge; a decoded protobuf one is checked the same way here.
    if (binary) assertNoPoisonStrings(raw);
    if (hasProtoField(raw))
      throw problems.validation([{ path: 'mutations.set', message: 'a field may not be named __proto__' }]);
    const batch = validate(MutationBatch, raw);
    const base = commandContextFrom(req, res, { userId: auth.userId, deviceId: auth.deviceId }, deps.clock());
    const results: Result[] = [];
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
    let position = 0;
    for (const mutation of batch.mutations) {
      const rejected = (reason: string, errors?: string[]): Result => ({
        mutationId: mutation.mutationId,
        status: 'rejected',
        reason,
        ...(errors ? { errors } : {}),
      });
      const collection = deps.collections.get(mutation.collection);
      if (!collection) {
        results.push(rejected('unknown_collection'));
        continue;
      }
      let namespace = auth.userId;
      let spaceId: string | null = null;
      if (collection.scope === 'space') {
        // Shared documents: the caller must be an owner or editor of the space named.
        if (!mutation.spaceId) {
          results.push(rejected('permission', ['spaceId is required for a space collection']));
          continue;
        }
        if (!(await mayWriteIn(mutation.spaceId))) {
          results.push(rejected('permission', ['only owners and editors of the space may write']));
          continue;
        }
        namespace = spaceId = mutation.spaceId;
      } else if (mutation.spaceId) {
        results.push(rejected('permission', [`${mutation.collection} is private: no spaceId`]));
        continue;
      }
      const stream = streamName(
        DOCUMENT_CATEGORY,
        `${mutation.collection}-${namespace}_${mutation.documentId}`,
      );
      const context = {
        ...base,
        commandId: uuidv5(`${auth.userId}|${mutation.mutationId}`, MUTATION_NAMESPACE),
      };
      try {
        const result = await handleCommand({
          store: deps.store,
          decider: documentDecider,
          stream,
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
        const event = result.events[0];
        if (!event) throw new Error('a mutation always records one event');
        const answer = mutationResult(event, result.state);
        position = Math.max(position, result.position);
        results.push({ mutationId: mutation.mutationId, ...answer });
      } catch (error) {
        if (error instanceof Rejection) {
          results.push(rejected(error.reason, error.errors));
          continue;
        }
        if (
          error instanceof DomainError &&
          (error.reason === 'bad_base_version' || error.reason === 'clock_skew')
        ) {
          results.push(rejected(error.reason, [error.message]));
          continue;
        }
        throw error;
      }
    }
    if (format === PROTOBUF) res.type(PROTOBUF).send(responseToProtobuf({ results, position }));
    else res.json({ results, position });
  });
  return router;
}
