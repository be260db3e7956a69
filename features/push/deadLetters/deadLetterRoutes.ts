import { Router, type Request } from 'express';
import { authenticate } from '../../../platform/auth/index.js';
import {
  NOT_A_COMMAND,
  problemResponse,
  problems,
  validate,
  type OpenAPIRegistry,
} from '../../../platform/http/index.js';
import { pushAdminGuard } from '../pushAdminGuard.js';
import type { QueryApiDeps } from '../../../query-api/index.js';
import { isKnownDelivery, listDeadLetters, PushSender, replayDeadLetters } from '../sender/index.js';
import {
  DeadLetterPage,
  DeadLetterParams,
  DeadLetterQuery,
  ReplayAllBody,
  ReplayAnswer,
} from './deadLetterSchemas.js';

/**
 * Push dead letters for admins: list them (delivery-key order, `after` paging) and replay one or
 * all. A replay puts the key back in the sender's retry loop with fresh attempts; the ledger
 * decides whether it is sent (a key sent since, or replayed already, is left alone).
 */
export function deadLetterRoutes(deps: QueryApiDeps, registry: OpenAPIRegistry): Router {
  const router = Router();
  const knex = deps.db.knex;
  router.use(authenticate(deps));

  // The ledger is the sender's; a query process may answer before any sender created it.
  let schema: Promise<void> | undefined;
  const guard = pushAdminGuard(knex, 'operate push deliveries');
  const { security, denied } = guard;
  const admin = async (req: Request) => {
    await guard.admin(req);
    schema ??= PushSender.ensureSchema(knex).catch((error: unknown) => {
      schema = undefined;
      throw error;
    });
    await schema;
  };

  registry.registerPath({
    method: 'get',
    path: '/v1/admin/push/dead-letters',
    summary: 'Push deliveries that failed for good or ran out of attempts, with their reasons (admin)',
    security,
    request: { query: DeadLetterQuery },
    responses: {
      200: {
        description: 'A page of dead letters',
        content: { 'application/json': { schema: DeadLetterPage } },
      },
      400: problemResponse('Bad paging'),
      ...denied,
    },
  });
  router.get('/dead-letters', async (req, res) => {
    await admin(req);
    const query = validate(DeadLetterQuery, req.query);
    res.json(await listDeadLetters(knex, query));
  });

  registry.registerPath({
    method: 'post',
    path: '/v1/admin/push/dead-letters/replay',
    summary: 'Replay every replayable dead letter: each goes back to the retry loop once (admin)',
    security,
    ...NOT_A_COMMAND,
    request: { body: { content: { 'application/json': { schema: ReplayAllBody } } } },
    responses: {
      200: { description: 'The keys put back', content: { 'application/json': { schema: ReplayAnswer } } },
      400: problemResponse('The body is not {"all": true}'),
      ...denied,
    },
  });
  router.post('/dead-letters/replay', async (req, res) => {
    await admin(req);
    validate(ReplayAllBody, req.body);
    res.json({ replayed: await replayDeadLetters(knex, { all: true }) });
  });

  registry.registerPath({
    method: 'post',
    path: '/v1/admin/push/dead-letters/{id}/replay',
    summary: 'Replay one dead letter; a key that is no dead letter any more is left alone (admin)',
    security,
    ...NOT_A_COMMAND,
    request: { params: DeadLetterParams },
    responses: {
      200: {
        description: 'The key, if it was put back',
        content: { 'application/json': { schema: ReplayAnswer } },
      },
      400: problemResponse('Not a delivery key'),
      ...denied,
      404: problemResponse('No delivery with this key'),
    },
  });
  router.post('/dead-letters/:id/replay', async (req, res) => {
    await admin(req);
    const { id } = validate(DeadLetterParams, req.params);
    const replayed = await replayDeadLetters(knex, { id });
    if (replayed.length === 0 && !(await isKnownDelivery(knex, id)))
      throw problems.notFound('No push delivery with this key');
    res.json({ replayed });
  });

  return router;
}
