import { Router } from 'express';
import type { CommandApiDeps } from '../../command-api/index.js';
import { signedInContext } from '../../command-api/index.js';
import { authenticate } from '../../platform/auth/index.js';
import { problemResponse, z, type OpenAPIRegistry } from '../../platform/http/index.js';
import { idParam, security } from './messagingSchemas.js';
import { setBlock } from './setBlock.js';

const Params = z.object({ userId: z.string().openapi({ format: 'uuid' }) });
const Answer = z
  .object({ userId: z.uuid(), blocked: z.boolean(), position: z.number().int() })
  .openapi('UserBlock');

/** PUT and DELETE /v1/me/blocks/{userId}: a blocked user cannot message you directly nor add you. */
export function blockRoutes(deps: CommandApiDeps, registry: OpenAPIRegistry): Router {
  const router = Router();
  router.use(authenticate(deps));
  for (const [method, blocked] of [
    ['put', true],
    ['delete', false],
  ] as const) {
    registry.registerPath({
      method,
      path: '/v1/me/blocks/{userId}',
      summary: blocked ? 'Block a user' : 'Unblock a user',
      security,
      request: { params: Params },
      responses: {
        200: { description: 'Done', content: { 'application/json': { schema: Answer } } },
        404: problemResponse('No such user'),
        422: problemResponse('Yourself'),
      },
    });
    router[method]('/:userId', async (req, res) => {
      const userId = idParam(req.params.userId, 'User');
      const result = await setBlock(deps, userId, blocked, signedInContext(req, res, deps.clock()));
      res.json({ userId, blocked, position: result.position });
    });
  }
  return router;
}
