import { Router } from 'express';
import { randomUUID } from 'node:crypto';
import type { NotificationCatalog, NotificationAudience } from '../../../domain/notification/index.js';
import type { CommandApiDeps } from '../../../command-api/index.js';
import { commandContextFrom, idempotencyKeyOf, jsonAnswer } from '../../../command-api/index.js';
import { authenticate, authOf } from '../../../platform/auth/index.js';
import { problemResponse, validate, type OpenAPIRegistry } from '../../../platform/http/index.js';
import { requireAdminUser } from '../../apiKeys/index.js';
import { refuseSegmentProblems } from '../send/index.js';
import { cancelCampaign } from './cancelCampaign.js';
import { campaignIdFor } from './campaignIds.js';
import {
  CampaignAccepted,
  CampaignParams,
  CampaignPreview,
  CampaignPreviewBody,
  CreateCampaignBody,
} from './campaignSchemas.js';
import { audienceOf, createCampaign } from './createCampaign.js';
import { previewAudience } from './previewAudience.js';

/**
 * Admins create, preview and cancel campaigns (`/v1/admin/campaigns`). Every route refuses a
 * non-admin (403) before reading its body.
 */
export function campaignCommandRoutes(
  deps: CommandApiDeps,
  registry: OpenAPIRegistry,
  catalog: NotificationCatalog,
): Router {
  const router = Router();
  const signedIn = authenticate(deps);
  const security = [{ bearer: [] }];
  const denied = { 401: problemResponse('Not signed in'), 403: problemResponse('Not an admin') };
  const admin = (userId: string) => requireAdminUser(deps.store, userId, 'manage campaigns');

  registry.registerPath({
    method: 'post',
    path: '/v1/admin/campaigns',
    summary:
      'Create a campaign: an audience, A/B variants, a schedule (now, a UTC time, or a local time per device) and a throttle (at most throttlePerMinute pushes handed to the sender per minute, shared by the variants by percentage; the fan-out paces its pages); admin; idempotent by Idempotency-Key',
    security,
    request: { body: { content: { 'application/json': { schema: CreateCampaignBody } } } },
    responses: {
      201: jsonAnswer('Created and scheduled', CampaignAccepted),
      400: problemResponse('Not a campaign'),
      ...denied,
      422: problemResponse(
        'A schedule in the past or malformed, percentages not adding up to 100, an unknown topic, category or template, template values not valid, a payload over a provider limit, or lastSeenWithinDays outside 1 to 3650',
      ),
    },
  });
  router.post('/', signedIn, async (req, res) => {
    const userId = authOf(req).userId;
    await admin(userId);
    const body = validate(CreateCampaignBody, req.body);
    const key = idempotencyKeyOf(req);
    const campaignId = key ? campaignIdFor(userId, key) : randomUUID();
    const result = await createCampaign(
      { store: deps.store, catalog },
      { campaignId, body, context: commandContextFrom(req, res, { userId }, deps.clock()) },
    );
    const href = `/v1/admin/campaigns/${campaignId}`;
    res
      .status(201)
      .location(href)
      .json({
        id: campaignId,
        status: 'scheduled',
        waves: result.waves,
        position: result.position,
        _links: { self: { href } },
      });
  });

  registry.registerPath({
    method: 'post',
    path: '/v1/admin/campaigns/preview',
    summary: 'How many devices and users an audience holds now, without creating anything (admin)',
    security,
    request: { body: { content: { 'application/json': { schema: CampaignPreviewBody } } } },
    responses: {
      200: jsonAnswer('The audience size', CampaignPreview),
      400: problemResponse('Not an audience'),
      ...denied,
      422: problemResponse('An unknown topic, a malformed segment, or an audience too large to preview'),
      503: problemResponse('The audience read models are being built'),
    },
  });
  router.post('/preview', signedIn, async (req, res) => {
    await admin(authOf(req).userId);
    const { audience: body } = validate(CampaignPreviewBody, req.body);
    const audience = audienceOf(body) as NotificationAudience;
    const topics = catalog.topics.map((t) => t.name);
    if (audience.type === 'segment') refuseSegmentProblems(audience.segment, topics, '/audience/segment');
    else if (audience.type === 'topic') refuseSegmentProblems({ topic: audience.topic }, topics, '/audience');
    res.json(await previewAudience(deps.readModels, audience));
  });

  registry.registerPath({
    method: 'delete',
    path: '/v1/admin/campaigns/{id}',
    summary: 'Cancel a campaign: waves not started never start, notifications being sent stop (admin)',
    security,
    request: { params: CampaignParams },
    responses: {
      200: jsonAnswer('Cancelled (or already)', CampaignAccepted),
      400: problemResponse('Not a campaign id'),
      ...denied,
      404: problemResponse('No such campaign'),
    },
  });
  router.delete('/:id', signedIn, async (req, res) => {
    const userId = authOf(req).userId;
    await admin(userId);
    const { id } = validate(CampaignParams, req.params);
    const result = await cancelCampaign(
      { store: deps.store, clock: deps.clock },
      { campaignId: id, context: commandContextFrom(req, res, { userId }, deps.clock()) },
    );
    res.json({
      id,
      status: 'cancelled',
      position: result.position,
      _links: { self: { href: `/v1/admin/campaigns/${id}` } },
    });
  });

  return router;
}
