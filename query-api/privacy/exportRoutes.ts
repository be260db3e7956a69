import { Router } from 'express';
import type { Knex } from 'knex';
import { USER_CATEGORY } from '../../domain/user/index.js';
import { DEVICE_CATEGORY } from '../../domain/device/index.js';
import { SESSION_CATEGORY } from '../../domain/session/index.js';
import { streamName, type EventStore, type RecordedEvent } from '../../infra/eventStore/index.js';
import { activeTable } from '../../projectors/index.js';
import { authenticate, authOf } from '../../platform/auth/index.js';
import { problems } from '../../platform/http/HttpProblem.js';
import { problemResponse, type OpenAPIRegistry } from '../../platform/http/openapi.js';
import type { QueryApiDeps } from '../QueryApiDeps.js';
import { ExportArchive } from './ExportArchive.js';

/** Secrets are the user's too, but an archive that leaks must not hand them over. */
const REDACTED_FIELDS = new Set(['passwordHash', 'codeHashes', 'refreshTokenHash', 'codeHash']);

function redact(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(data).map(([key, value]) => [key, REDACTED_FIELDS.has(key) ? '[redacted]' : value]),
  );
}

async function rowsOf(knex: Knex, projection: string, base: string, where: Record<string, string>) {
  const table = await activeTable(knex, projection, base);
  return table ? knex(table).where(where).select() : [];
}

/**
 * GDPR / CCPA access: the whole of what is kept about the signed-in user as one JSON archive,
 * every event of their streams (user, sessions, devices, the documents they created) and every
 * read-model row (uploaded blobs are listed; their bytes are at /v1/blobs/{id}). This is the one
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
    const [profile, devices, sessions, audit, documents, blobs] = await Promise.all([
      rowsOf(knex, 'profiles', 'profiles', { user_id: userId }),
      rowsOf(knex, 'devices', 'devices', { user_id: userId }),
      rowsOf(knex, 'sessions', 'sessions', { user_id: userId }),
      rowsOf(knex, 'audit_log', 'audit_log', { target_user_id: userId }),
      // The documents they created (private ones, and those they started in a space).
      rowsOf(knex, 'documents', 'documents', { owner_id: userId }),
      rowsOf(knex, 'documents', 'blobs', { owner_id: userId }),
    ]);
    const streams = [
      streamName(USER_CATEGORY, userId),
      ...sessions.map((s: { session_id: string }) => streamName(SESSION_CATEGORY, s.session_id)),
      ...devices.map((d: { device_id: string }) => streamName(DEVICE_CATEGORY, d.device_id)),
      ...documents.map((d: { stream_name: string }) => d.stream_name),
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
          profile: profile.map((row: Record<string, unknown>) => redact(row)),
          devices,
          sessions,
          auditLog: audit,
          documents,
          blobs,
        },
      });
  });
  return router;
}
