import { Router } from 'express';
import { authenticate } from '../../../platform/auth/index.js';
import { problemResponse, problems, validate, type OpenAPIRegistry } from '../../../platform/http/index.js';
import { pushAdminGuard } from '../pushAdminGuard.js';
import type { QueryApiDeps } from '../../../query-api/index.js';
import { listPushTemplates, readPushTemplate } from './readPushTemplates.js';
import { TemplateAnswer, TemplateListQuery, TemplatePage, TemplateParams } from './templateSchemas.js';

/** Admins list and read push templates (the push_templates read model). */
export function templateQueryRoutes(deps: QueryApiDeps, registry: OpenAPIRegistry): Router {
  const router = Router();
  const knex = deps.db.knex;
  const signedIn = authenticate(deps);
  const { admin, security, denied } = pushAdminGuard(knex, 'manage push templates');

  registry.registerPath({
    method: 'get',
    path: '/v1/admin/push/templates',
    summary: 'Push templates in name order (admin)',
    security,
    request: { query: TemplateListQuery },
    responses: {
      200: { description: 'A page of templates', content: { 'application/json': { schema: TemplatePage } } },
      400: problemResponse('Bad paging'),
      ...denied,
    },
  });
  router.get('/templates', signedIn, async (req, res) => {
    await admin(req);
    res.json(await listPushTemplates(knex, validate(TemplateListQuery, req.query)));
  });

  registry.registerPath({
    method: 'get',
    path: '/v1/admin/push/templates/{name}',
    summary: 'One push template (admin)',
    security,
    request: { params: TemplateParams },
    responses: {
      200: { description: 'The template', content: { 'application/json': { schema: TemplateAnswer } } },
      ...denied,
      404: problemResponse('No such template'),
    },
  });
  router.get('/templates/:name', signedIn, async (req, res) => {
    await admin(req);
    const { name } = validate(TemplateParams, req.params);
    const template = await readPushTemplate(knex, name);
    if (!template) throw problems.notFound('No push template of this name');
    res.json(template);
  });

  return router;
}
