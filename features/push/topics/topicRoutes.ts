import { Router, type Request, type Response } from 'express';
import {
  DEVICE_CATEGORY,
  deviceDecider,
  type SubscribeDeviceToTopic,
  type UnsubscribeDeviceFromTopic,
} from '../../../domain/device/index.js';
import type { NotificationCatalog } from '../../../domain/notification/index.js';
import { USER_CATEGORY, userDecider } from '../../../domain/user/index.js';
import { streamName } from '../../../infra/eventStore/index.js';
import { authenticate, authOf } from '../../../platform/auth/index.js';
import {
  HttpProblem,
  problemResponse,
  problems,
  z,
  type OpenAPIRegistry,
} from '../../../platform/http/index.js';
import type { CommandApiDeps } from '../../../command-api/index.js';
import { signedInContext } from '../../../command-api/index.js';
import { foldStream, handleCommand } from '../../../core/index.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const TopicParams = z.object({ id: z.uuid(), topic: z.string().openapi({ example: 'news' }) });
const TopicSubscription = z
  .object({
    deviceId: z.uuid(),
    topics: z.array(z.string()).openapi({ description: 'Every topic the device is subscribed to now' }),
    version: z.number().int(),
    position: z.number().int(),
  })
  .openapi('TopicSubscription');

/**
 * PUT / DELETE /v1/devices/{id}/topics/{topic}: the device's owner subscribes it to a topic the app
 * declares (PUSH_TOPICS_FILE) or unsubscribes it. An undeclared topic is 404; an admins-only topic
 * for anyone else is 403; another user's device answers like a missing one (404). Idempotent.
 */
export function topicRoutes(
  deps: CommandApiDeps,
  registry: OpenAPIRegistry,
  catalog: NotificationCatalog,
): Router {
  const router = Router();
  const signedIn = authenticate(deps);

  async function isAdmin(userId: string): Promise<boolean> {
    const state = foldStream(userDecider, await deps.store.readStream(streamName(USER_CATEGORY, userId)));
    return state.status === 'active' && state.role === 'admin' && !state.suspended;
  }

  async function change(
    req: Request,
    res: Response,
    type: 'SubscribeDeviceToTopic' | 'UnsubscribeDeviceFromTopic',
  ) {
    const id = String(req.params.id);
    if (!UUID.test(id)) throw problems.notFound('Device not found');
    const deviceId = id.toLowerCase();
    const name = String(req.params.topic);
    const topic = catalog.topics.find((t) => t.name === name);
    if (!topic)
      throw new HttpProblem(404, 'unknown-topic', 'Unknown topic', 'The app declares no such topic');
    const auth = authOf(req);
    // Leaving is always allowed (a demoted admin can still unsubscribe).
    if (type === 'SubscribeDeviceToTopic' && topic.subscribers === 'admins' && !(await isAdmin(auth.userId)))
      throw new HttpProblem(403, 'forbidden', 'Forbidden', 'Only admins may subscribe to this topic');
    const context = signedInContext(req, res, deps.clock());
    const result = await handleCommand({
      store: deps.store,
      decider: deviceDecider,
      stream: streamName(DEVICE_CATEGORY, deviceId),
      command: (metadata): SubscribeDeviceToTopic | UnsubscribeDeviceFromTopic => ({
        type,
        data: { deviceId, topic: name },
        metadata,
      }),
      context,
    });
    deps.metrics.commands.inc({ command: type, outcome: 'ok' });
    const topics = result.state.status === 'active' ? [...result.state.topics] : [];
    res.json({ deviceId, topics, version: result.version, position: result.position });
  }

  const responses = {
    200: { description: 'Done', content: { 'application/json': { schema: TopicSubscription } } },
    401: problemResponse('Not signed in'),
    404: problemResponse('No such device of yours, or no such topic'),
  };
  registry.registerPath({
    method: 'put',
    path: '/v1/devices/{id}/topics/{topic}',
    summary: 'Subscribe a device of yours to a topic the app declares',
    security: [{ bearer: [] }],
    request: { params: TopicParams },
    responses: { ...responses, 403: problemResponse('The topic is for admins only') },
  });
  router.put('/:id/topics/:topic', signedIn, (req, res) => change(req, res, 'SubscribeDeviceToTopic'));
  registry.registerPath({
    method: 'delete',
    path: '/v1/devices/{id}/topics/{topic}',
    summary: 'Unsubscribe a device of yours from a topic',
    security: [{ bearer: [] }],
    request: { params: TopicParams },
    responses,
  });
  router.delete('/:id/topics/:topic', signedIn, (req, res) => change(req, res, 'UnsubscribeDeviceFromTopic'));
  return router;
}
