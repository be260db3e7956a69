import { Router } from 'express';
import { authenticate, authOf } from '../../platform/auth/index.js';
import {
  problemResponse,
  type OpenAPIRegistry,
  validate,
  problems,
  assertNoPoisonStrings,
} from '../../platform/http/index.js';
import type { CommandApiDeps } from '../../command-api/index.js';
import { signedInContext } from '../../command-api/index.js';
import { MutationBatch, MutationResponse } from './syncSchemas.js';
import { batchFromProtobuf, PROTOBUF, responseToProtobuf } from './syncProtobuf.js';
import { applyMutations } from './applyMutations.js';

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
    // A JSON body was checked at the edge (poison strings, `__proto__` keys); a decoded protobuf one
    // is checked the same way here.
    if (binary) assertNoPoisonStrings(raw);
    const batch = validate(MutationBatch, raw);
    const base = signedInContext(req, res, deps.clock());
    const { results, position } = await applyMutations(deps, auth, batch, base, options);
    if (format === PROTOBUF) res.type(PROTOBUF).send(responseToProtobuf({ results, position }));
    else res.json({ results, position });
  });
  return router;
}
