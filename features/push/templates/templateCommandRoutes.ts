import { Router } from 'express';
import {
  PUSH_TEMPLATE_CATEGORY,
  pushTemplateDecider,
  type PushTemplate,
} from '../../../domain/pushTemplate/index.js';
import type { CommandApiDeps } from '../../../command-api/index.js';
import { commandContextFrom, jsonAnswer } from '../../../command-api/index.js';
import { handleCommand } from '../../../core/index.js';
import { streamName } from '../../../infra/eventStore/index.js';
import { authenticate, authOf } from '../../../platform/auth/index.js';
import { problemResponse, validate, type OpenAPIRegistry } from '../../../platform/http/index.js';
import { refuseTemplateProblems } from './refuseTemplateProblems.js';
import { requireAdmin } from './requireAdmin.js';
import { TemplateBody, TemplateParams, TemplateSaved } from './templateSchemas.js';

/** Admins save and delete push templates: each a command on the template's own stream. */
export function templateCommandRoutes(deps: CommandApiDeps, registry: OpenAPIRegistry): Router {
  const router = Router();
  const signedIn = authenticate(deps);
  const security = [{ bearer: [] }];
  const denied = { 401: problemResponse('Not signed in'), 403: problemResponse('Not an admin') };

  registry.registerPath({
    method: 'put',
    path: '/v1/admin/push/templates/{name}',
    summary: 'Create or replace a push template; refused (422) if it would fail at send (admin)',
    security,
    request: {
      params: TemplateParams,
      body: { content: { 'application/json': { schema: TemplateBody } } },
    },
    responses: {
      200: jsonAnswer('Saved (or unchanged)', TemplateSaved),
      400: problemResponse('Not a template'),
      ...denied,
      422: problemResponse('ICU syntax error, undeclared variable, or a payload over a provider limit'),
    },
  });
  router.put('/templates/:name', signedIn, async (req, res) => {
    await requireAdmin(deps, req);
    const { name } = validate(TemplateParams, req.params);
    const template: PushTemplate = { name, ...validate(TemplateBody, req.body) };
    refuseTemplateProblems(template);
    const result = await handleCommand({
      store: deps.store,
      decider: pushTemplateDecider,
      stream: streamName(PUSH_TEMPLATE_CATEGORY, name),
      command: (metadata) => ({ type: 'SavePushTemplate' as const, data: { template }, metadata }),
      context: commandContextFrom(req, res, { userId: authOf(req).userId }, deps.clock()),
    });
    res.json({ name, version: result.version, position: result.position });
  });

  registry.registerPath({
    method: 'delete',
    path: '/v1/admin/push/templates/{name}',
    summary: 'Delete a push template (admin)',
    security,
    request: { params: TemplateParams },
    responses: {
      200: jsonAnswer('Deleted', TemplateSaved),
      ...denied,
      404: problemResponse('No such template'),
    },
  });
  router.delete('/templates/:name', signedIn, async (req, res) => {
    await requireAdmin(deps, req);
    const { name } = validate(TemplateParams, req.params);
    const result = await handleCommand({
      store: deps.store,
      decider: pushTemplateDecider,
      stream: streamName(PUSH_TEMPLATE_CATEGORY, name),
      command: (metadata) => ({ type: 'DeletePushTemplate' as const, data: { name }, metadata }),
      context: commandContextFrom(req, res, { userId: authOf(req).userId }, deps.clock()),
    });
    res.json({ name, version: result.version, position: result.position });
  });

  return router;
}
