import { Router } from 'express';
import { USER_CATEGORY } from '../../domain/user/index.js';
import { INBOX_CATEGORY, PREFERENCES_CATEGORY } from '../../domain/notification/index.js';
import { streamName, type EventStore, type RecordedEvent } from '../../infra/eventStore/index.js';
import { auditRowsAbout } from '../admin/audit/index.js';
import { deviceExportOf } from '../devices/deviceList/index.js';
import { blobRowsOf, documentExportOf } from '../sync/documents/index.js';
import { messagingExportOf } from '../messaging/conversationList/index.js';
import { profileRowsOf } from './profiles/index.js';
import { sessionExportOf } from '../sessions/sessionList/index.js';
import { authenticate, authOf } from '../../platform/auth/index.js';
import { problems, problemResponse, type OpenAPIRegistry } from '../../platform/http/index.js';
import type { QueryApiDeps } from '../../query-api/index.js';
import { ExportArchive } from './ExportArchive.js';

/** Secrets are the user's too, but an archive that leaks must not hand them over. */
const REDACTED_FIELDS = new Set(['passwordHash', 'codeHashes', 'refreshTokenHash', 'codeHash']);

function redact(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(data).map(([key, value]) => [key, REDACTED_FIELDS.has(key) ? '[redacted]' : value]),
  );
}

/**
 * GDPR / CCPA access: the whole of what is kept about the signed-in user as one JSON archive,
 * every event of their streams (user, sessions, devices, the documents they created) and every
 * read-model row (uploaded blobs are listed; their bytes are at /v1/blobs/{id}; their conversation
 * list and the messages they sent, as rows: a conversation's streams hold the others' words too). This is the one
 * query-side route that reads the event store: the events are the record being asked for.
 */
export function exportRoutes(deps: QueryApiDeps & { store: EventStore }, registry: OpenAPIRegistry): Router {
  const router = Router();
  const knex = deps.db.knex;
  registry.registerPath({
    method: 'get',
    path: '/v1/me/export',
    summary: 'Download everything kept about me: events and read-model rows, as JSON',
    security: [{ bearer: [] }],
    responses: {
      200: {
        description: 'The archive (Content-Disposition: attachment)',
        content: { 'application/json': { schema: ExportArchive } },
      },
      401: problemResponse('Not signed in'),
    },
  });
  router.get('/export', authenticate(deps), async (req, res) => {
    const { userId } = authOf(req);
    const userEvents = await deps.store.readStream(streamName(USER_CATEGORY, userId));
    if (userEvents.length === 0) throw problems.notFound('User not found');
    const [profile, devices, sessions, auditLog, documents, blobs, messaging] = await Promise.all([
      profileRowsOf(knex, userId),
      deviceExportOf(knex, userId),
      sessionExportOf(knex, userId),
      auditRowsAbout(knex, userId),
      documentExportOf(knex, userId),
      blobRowsOf(knex, userId),
      messagingExportOf(knex, userId),
    ]);
    const streams = [
      streamName(USER_CATEGORY, userId),
      streamName(PREFERENCES_CATEGORY, userId),
      streamName(INBOX_CATEGORY, userId),
      ...sessions.streams,
      ...devices.streams,
      ...documents.streams,
    ];
    const events: RecordedEvent[] = [];
    for (const stream of streams) events.push(...(await deps.store.readStream(stream)));
    events.sort((a, b) => a.position - b.position);
    res
      .set('Cache-Control', 'no-store')
      .set('Content-Disposition', `attachment; filename="export-${userId}.json"`)
      .json({
        format: 'eventide-export/1',
        userId,
        exportedAt: new Date().toISOString(),
        events: events.map((e) => ({
          stream: e.streamName,
          version: e.streamVersion,
          position: e.position,
          type: e.type,
          at: e.createdAt.toISOString(),
          data: redact(e.data),
        })),
        readModels: {
          profile: profile.map(redact),
          devices: devices.rows,
          sessions: sessions.rows,
          auditLog,
          documents: documents.rows,
          blobs,
          conversations: messaging.conversations,
          messages: messaging.messages,
        },
      });
  });
  return router;
}
