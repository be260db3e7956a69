import { Router } from 'express';
import { authenticate } from '../../../platform/auth/index.js';
import {
  HttpProblem,
  problemResponse,
  problems,
  validate,
  type OpenAPIRegistry,
} from '../../../platform/http/index.js';
import { pushAdminGuard } from '../pushAdminGuard.js';
import type { QueryApiDeps } from '../../../query-api/index.js';
import { CampaignList, CampaignListQuery, CampaignParams, CampaignView } from './campaignSchemas.js';
import { readCampaign, readCampaigns } from './readCampaigns.js';

/** Admins list campaigns and read one with its statistics (the campaigns read model and the ledgers). */
export function campaignQueryRoutes(deps: QueryApiDeps, registry: OpenAPIRegistry): Router {
  const router = Router();
  const knex = deps.db.knex;
  const signedIn = authenticate(deps);
  const { admin, security, denied } = pushAdminGuard(knex, 'manage campaigns');
  const notReady = () =>
    new HttpProblem(503, 'not-ready', 'Not ready', 'The campaigns read model is being built');

  registry.registerPath({
    method: 'get',
    path: '/v1/admin/campaigns',
    summary: 'Campaigns, the latest first (admin)',
    security,
    request: { query: CampaignListQuery },
    responses: {
      200: { description: 'A page of campaigns', content: { 'application/json': { schema: CampaignList } } },
      400: problemResponse('Bad paging'),
      ...denied,
      503: problemResponse('The read model is being built'),
    },
  });
  router.get('/', signedIn, async (req, res) => {
    await admin(req);
    const page = await readCampaigns(knex, validate(CampaignListQuery, req.query));
    if (!page) throw notReady();
    res.json(page);
  });

  registry.registerPath({
    method: 'get',
    path: '/v1/admin/campaigns/{id}',
    summary:
      'One campaign: definition, status, and statistics in total and per variant (targeted, suppressed, sent, failed, invalid tokens, received, opened, open rate, opens per hour) (admin)',
    security,
    request: { params: CampaignParams },
    responses: {
      200: { description: 'The campaign', content: { 'application/json': { schema: CampaignView } } },
      400: problemResponse('Not a campaign id'),
      ...denied,
      404: problemResponse('No such campaign'),
      503: problemResponse('The read model is being built'),
    },
  });
  router.get('/:id', signedIn, async (req, res) => {
    await admin(req);
    const { id } = validate(CampaignParams, req.params);
    const campaign = await readCampaign(knex, id);
    if (campaign === undefined) {
      const page = await readCampaigns(knex, { limit: 1 });
      if (!page) throw notReady();
      throw problems.notFound('No such campaign');
    }
    res.json(campaign);
  });

  return router;
}
