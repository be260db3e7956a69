import { Router } from 'express';
import type { CommandApiDeps } from '../../command-api/index.js';
import { ifMatchVersion, signedInContext } from '../../command-api/index.js';
import { authenticate, authOf } from '../../platform/auth/index.js';
import { problemResponse, validate, type OpenAPIRegistry } from '../../platform/http/index.js';
import { setUserAttributes } from './setUserAttributes.js';
import { AttributesPatch, AttributesResponse } from './attributeSchemas.js';

/** PATCH /v1/me/attributes: the signed-in user's custom attributes, as a JSON merge patch. */
export function attributeCommandRoutes(deps: CommandApiDeps, registry: OpenAPIRegistry): Router {
  const router = Router();
  registry.registerPath({
    method: 'patch',
    path: '/v1/me/attributes',
    summary: "Set or remove the signed-in user's custom attributes (what campaign segments select by)",
    security: [{ bearer: [] }],
    request: { body: { content: { 'application/json': { schema: AttributesPatch } } } },
    responses: {
      200: { description: 'Saved', content: { 'application/json': { schema: AttributesResponse } } },
      400: problemResponse('Not an object of names to string, number, boolean or null'),
      401: problemResponse('Not signed in'),
      412: problemResponse('If-Match did not match'),
      422: problemResponse('A bad name, a value too long, or more than 50 attributes'),
    },
  });
  router.patch('/', authenticate(deps), async (req, res) => {
    // An own "__proto__" name (which parsing would drop, a 200 that saved nothing) was refused at the edge.
    const patch = validate(AttributesPatch, req.body);
    const result = await setUserAttributes(deps, {
      userId: authOf(req).userId,
      patch,
      context: signedInContext(req, res, deps.clock()),
      ifVersion: ifMatchVersion(req),
    });
    deps.metrics.commands.inc({ command: 'SetUserAttributes', outcome: 'ok' });
    res.set('ETag', `"${result.version}"`).json({
      attributes: result.state.attributes,
      version: result.version,
      position: result.position,
    });
  });
  return router;
}
