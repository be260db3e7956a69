import { Router, type Request, type Response } from 'express';
import {
  DEVICE_CATEGORY,
  deviceDecider,
  type DeviceCommand,
  type DeviceEvent,
  type DeviceState,
} from '../../domain/device/index.js';
import { streamName } from '../../infra/eventStore/index.js';
import { authenticate } from '../../platform/auth/index.js';
import { problems, problemResponse, type OpenAPIRegistry, validate } from '../../platform/http/index.js';
import type { CommandApiDeps } from '../../command-api/index.js';
import { signedInContext, ifMatchVersion } from '../../command-api/index.js';
import { endSession } from '../sessions/index.js';
import {
  DeletedResponse,
  DeviceIdParam,
  DeviceResponse,
  RegisterDeviceBody,
  UpdateDeviceBody,
} from './deviceSchemas.js';
import {
  handleCommand,
  newIdFor,
  subCommand,
  type CommandContext,
  type CommandResult,
} from '../../core/index.js';
import { runWorkflow } from '../../core/workflow/index.js';
import { movePushTargetSteps, registeredTarget } from './movePushTarget.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function deviceBody(result: CommandResult<DeviceState, DeviceEvent>) {
  const s = result.state;
  if (s.status !== 'active') throw problems.notFound('Device not found');
  const {
    status: _status,
    deviceId,
    userId: _userId,
    sessionId: _sessionId,
    publicKey: _publicKey,
    target,
    topics: _topics,
    ...attributes
  } = s;
  return {
    id: deviceId,
    ...attributes,
    pushTarget: target,
    version: result.version,
    position: result.position,
  };
}

export function deviceRoutes(deps: CommandApiDeps, registry: OpenAPIRegistry): Router {
  const router = Router();
  // Per route, not router.use: the query side answers GETs under the same prefix and
  // authenticates them itself.
  const signedIn = authenticate(deps);

  const contextOf = (req: Request, res: Response) => signedInContext(req, res, deps.clock());

  async function run(
    req: Request,
    res: Response,
    deviceId: string,
    type: DeviceCommand['type'],
    build: (m: DeviceCommand['metadata']) => DeviceCommand,
    context: CommandContext = contextOf(req, res),
  ) {
    const stream = streamName(DEVICE_CATEGORY, deviceId);
    let result: CommandResult<DeviceState, DeviceEvent> | undefined;
    // The answer's position is the command's last write, the target's move included (min_position).
    let last = 0;
    // A workflow: a target this command registers is taken from the device that held it.
    await runWorkflow({
      name: 'move-push-target',
      steps: [
        {
          name: 'device',
          run: async () => {
            result = await handleCommand({
              store: deps.store,
              decider: deviceDecider,
              stream,
              command: build,
              context,
              ifVersion: ifMatchVersion(req),
            });
          },
        },
        ...movePushTargetSteps(
          deps.store,
          context,
          () => (result ? registeredTarget(result.events) : undefined),
          (position) => (last = Math.max(last, position)),
        ),
      ],
    });
    if (!result) throw new Error('the device command did not run');
    result = { ...result, position: Math.max(result.position, last) };
    deps.metrics.commands.inc({ command: type, outcome: 'ok' });
    res.set('ETag', `"${result.version}"`);
    return result;
  }

  const security = [{ bearer: [] }];
  registry.registerPath({
    method: 'post',
    path: '/v1/devices',
    summary: 'Register this app install for the signed-in user',
    security,
    request: { body: { content: { 'application/json': { schema: RegisterDeviceBody } } } },
    responses: {
      201: { description: 'Registered', content: { 'application/json': { schema: DeviceResponse } } },
      400: problemResponse('Invalid request'),
      401: problemResponse('Not signed in'),
    },
  });
  router.post('/', signedIn, async (req, res) => {
    const body = validate(RegisterDeviceBody, req.body);
    const context = contextOf(req, res);
    const deviceId = newIdFor(context, 'device');
    const result = await run(
      req,
      res,
      deviceId,
      'RegisterDevice',
      (metadata) => ({
        type: 'RegisterDevice',
        data: { ...body, pushToken: body.pushToken ?? null, deviceId },
        metadata,
      }),
      context,
    );
    res.status(201).location(`/v1/devices/${deviceId}`).json(deviceBody(result));
  });

  const idParam = (req: Request) => {
    const id = String(req.params.id);
    if (!UUID.test(id)) throw problems.notFound('Device not found');
    return id.toLowerCase();
  };

  registry.registerPath({
    method: 'patch',
    path: '/v1/devices/{id}',
    summary: 'Change a device (only the fields sent), e.g. rename it with `name`',
    security,
    request: {
      params: DeviceIdParam,
      body: { content: { 'application/json': { schema: UpdateDeviceBody } } },
    },
    responses: {
      200: { description: 'Updated', content: { 'application/json': { schema: DeviceResponse } } },
      400: problemResponse('Invalid request'),
      404: problemResponse('No such device of yours'),
      412: problemResponse('If-Match did not match'),
    },
  });
  router.patch('/:id', signedIn, async (req, res) => {
    const deviceId = idParam(req);
    const body = validate(UpdateDeviceBody, req.body);
    const result = await run(req, res, deviceId, 'UpdateDevice', (metadata) => ({
      type: 'UpdateDevice',
      data: { ...body, deviceId },
      metadata,
    }));
    res.json(deviceBody(result));
  });

  registry.registerPath({
    method: 'delete',
    path: '/v1/devices/{id}',
    summary: 'Revoke a device: its session ends and it gets no more pushes',
    security,
    request: { params: DeviceIdParam },
    responses: {
      200: { description: 'Removed', content: { 'application/json': { schema: DeletedResponse } } },
      404: problemResponse('No such device of yours'),
      412: problemResponse('If-Match did not match'),
    },
  });
  router.delete('/:id', signedIn, async (req, res) => {
    const deviceId = idParam(req);
    const result = await run(req, res, deviceId, 'RemoveDevice', (metadata) => ({
      type: 'RemoveDevice',
      data: { deviceId },
      metadata,
    }));
    // Revoking a device ends its session too (its refresh token and access tokens stop working).
    let position = result.position;
    for (const event of result.events) {
      if (event.type === 'DeviceRemoved' && event.data.endedSessionId) {
        const ended = await endSession(
          deps,
          subCommand(contextOf(req, res), 'end-session'),
          event.data.endedSessionId,
          'device_revoked',
        );
        position = Math.max(position, ended.position);
      }
    }
    res.json({ id: deviceId, deleted: true, version: result.version, position });
  });

  return router;
}
