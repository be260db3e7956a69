import { Router, type Request, type Response } from 'express';
import { INBOX_CATEGORY, inboxDecider, type InboxCommand } from '../../../domain/notification/index.js';
import { streamName } from '../../../infra/eventStore/index.js';
import { authenticate, authOf, deviceIdOf } from '../../../platform/auth/index.js';
import {
  HttpProblem,
  problemResponse,
  problems,
  validate,
  type OpenAPIRegistry,
} from '../../../platform/http/index.js';
import type { CommandApiDeps } from '../../../command-api/index.js';
import { signedInContext } from '../../../command-api/index.js';
import { handleCommand } from '../../../core/index.js';
import {
  EmptyBody,
  InboxCommandAnswer,
  InboxIdParams,
  NOTIFICATION_ID,
  ReadAllBody,
} from './inboxSchemas.js';
import {
  readInboxEntry,
  readInboxRequestKnown,
  readNewestInboxPosition,
  type InboxEntry,
} from './readInbox.js';
import { sentEntryOf } from './sentEntryOf.js';

const BASE = '/v1/me/notifications';

const notReady = () => new HttpProblem(503, 'not-ready', 'Not ready', 'Read models are still being built');

/**
 * A read of the inbox read model, or 503 while it does not exist yet: a command API that runs on
 * its own may start before any projector has created the projection tables (42P01).
 */
async function untilReady<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if ((error as { code?: unknown }).code === '42P01') throw notReady();
    throw error;
  }
}

type Need = 'listed' | 'listedOrDeleted' | 'sent';

/**
 * The wait is bounded by its time alone (an aborted one would end at once, and read again): a
 * signal of its own that never aborts, so concurrent waits do not pile listeners on one signal.
 */
const never = () => new AbortController().signal;

/** A command as a route builds it; the core adds the metadata. */
type Decided = {
  [C in InboxCommand as C['type']]: { type: C['type']; data: C['data'] };
}[InboxCommand['type']];

/**
 * POST read, read-all, received, opened and DELETE on the signed-in user's inbox (stream
 * `inbox-<user>`). Each checks the inbox read model first: a notification the user was not sent
 * (someone else's, or unknown) answers 404 and records nothing. A receipt for a requested
 * notification whose page is not projected yet waits for it a moment (sentEntryOf), woken by the
 * inbox projection's announcements to the user.
 */
export function inboxCommandRoutes(deps: CommandApiDeps, registry: OpenAPIRegistry): Router {
  const router = Router();
  const signedIn = authenticate(deps);
  const security = [{ bearer: [] }];
  const answered = {
    200: {
      description: 'Recorded (or already so)',
      content: { 'application/json': { schema: InboxCommandAnswer } },
    },
  };
  const refusals = {
    400: problemResponse('Invalid request'),
    401: problemResponse('Not signed in'),
    404: problemResponse('No such notification in your inbox'),
    503: problemResponse('Read models are still being built'),
  };

  async function entryOf(req: Request, need: Need): Promise<{ id: string; entry: InboxEntry }> {
    const id = String(req.params.id);
    if (!NOTIFICATION_ID.test(id)) throw problems.notFound('No such notification');
    const userId = authOf(req).userId;
    const read = () => readInboxEntry(deps.readModels, userId, id);
    const entry = await untilReady(
      need === 'sent'
        ? sentEntryOf({
            entry: read,
            requested: () => readInboxRequestKnown(deps.readModels, id),
            mark: () => deps.feedChanges.latestKnown(userId),
            changedSince: (mark, ms) => deps.feedChanges.waitForChange(userId, mark ?? 0, ms, never()),
            now: () => performance.now(),
          })
        : read(),
    );
    if (entry === undefined) throw notReady();
    const found =
      entry !== null && (need === 'sent' || (entry.listed && (need === 'listedOrDeleted' || !entry.deleted)));
    if (!found) throw problems.notFound('No such notification');
    return { id, entry };
  }

  async function run(req: Request, res: Response, decided: Decided) {
    const result = await handleCommand({
      store: deps.store,
      decider: inboxDecider,
      stream: streamName(INBOX_CATEGORY, authOf(req).userId),
      command: (metadata) => ({ ...decided, metadata }) as InboxCommand,
      context: signedInContext(req, res, deps.clock()),
      ...(deps.snapshots ? { snapshots: deps.snapshots } : {}),
    });
    deps.metrics.commands.inc({ command: decided.type, outcome: 'ok' });
    res.json({ version: result.version, position: result.position });
  }

  const path = (suffix: string) => `${BASE}${suffix}`;

  registry.registerPath({
    method: 'post',
    path: path('/read-all'),
    summary: 'Mark read every notification in the inbox, up to a position',
    security,
    request: { body: { content: { 'application/json': { schema: ReadAllBody } } } },
    responses: { ...answered, 400: refusals[400], 401: refusals[401], 503: refusals[503] },
  });
  router.post('/read-all', signedIn, async (req, res) => {
    const body = validate(ReadAllBody, req.body ?? {});
    const newest = await untilReady(readNewestInboxPosition(deps.readModels, authOf(req).userId));
    if (newest === undefined) throw notReady();
    // Never past what is in the inbox now: a notification that lands later stays unread.
    const upTo = Math.min(body.upTo ?? newest, newest);
    await run(req, res, { type: 'MarkAllNotificationsRead', data: { upTo } });
  });

  const one = (
    method: 'post' | 'delete',
    suffix: string,
    summary: string,
    need: Need,
    decide: (id: string, entry: InboxEntry, deviceId: string | undefined) => Decided,
    device = false,
  ) => {
    registry.registerPath({
      method,
      path: path(`/{id}${suffix}`),
      summary,
      security,
      request: {
        params: InboxIdParams,
        ...(method === 'post' ? { body: { content: { 'application/json': { schema: EmptyBody } } } } : {}),
      },
      responses: {
        ...answered,
        ...refusals,
        ...(device ? { 403: problemResponse('The access token names no device') } : {}),
      },
    });
    router[method](`/:id${suffix}`, signedIn, async (req, res) => {
      if (method === 'post') validate(EmptyBody, req.body ?? {});
      const deviceId = device ? deviceIdOf(req, 'report receipts') : undefined;
      const { id, entry } = await entryOf(req, need);
      await run(req, res, decide(id, entry, deviceId));
    });
  };

  one('post', '/read', 'Mark a notification read', 'listed', (id, entry) => ({
    type: 'MarkNotificationRead',
    data: { notificationId: id, position: entry.position },
  }));
  one('delete', '', 'Delete a notification from the inbox', 'listedOrDeleted', (id) => ({
    type: 'DeleteNotification',
    data: { notificationId: id },
  }));
  one(
    'post',
    '/received',
    "Report that this device received the notification's push",
    'sent',
    (id, _entry, deviceId) => ({
      type: 'ReportNotificationReceived',
      data: { notificationId: id, deviceId: deviceId! },
    }),
    true,
  );
  one(
    'post',
    '/opened',
    'Report that the user opened the notification on this device (it is read too)',
    'sent',
    (id, entry, deviceId) => ({
      type: 'ReportNotificationOpened',
      data: {
        notificationId: id,
        deviceId: deviceId!,
        position: entry.listed && !entry.deleted ? entry.position : null,
      },
    }),
    true,
  );
  return router;
}
