import { Router } from 'express';
import { blobKey, isBlobId } from '../../domain/blob/index.js';
import { activeTable } from '../../projectors/index.js';
import { authenticate, authOf } from '../../platform/auth/index.js';
import { problems } from '../../platform/http/HttpProblem.js';
import { problemResponse, z, type OpenAPIRegistry } from '../../platform/http/openapi.js';
import { validate } from '../../platform/http/validate.js';
import type { QueryApiDeps } from '../QueryApiDeps.js';
import { awaitMinPosition } from '../feed/waitForPosition.js';

const BlobQuery = z.object({
  min_position: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
});

interface BlobRow {
  content_type: string;
  size: string;
  sha256: string;
}

/**
 * `GET /v1/blobs/{id}`: the bytes, for the uploader and for anyone who can read a live document
 * referencing the blob (its private owner, or a current member of its space). Anyone else gets
 * the same 404 as for a blob that does not exist. From S3 it is a redirect to a presigned URL.
 */
export function blobReadRoutes(deps: QueryApiDeps, registry: OpenAPIRegistry): Router {
  const router = Router();
  registry.registerPath({
    method: 'get',
    path: '/v1/blobs/{id}',
    summary: 'Download a blob you uploaded or that a document you can read references',
    security: [{ bearer: [] }],
    request: { params: z.object({ id: z.string() }), query: BlobQuery },
    responses: {
      200: {
        description: 'The bytes, with their media type',
        content: { '*/*': { schema: { type: 'string', format: 'binary' } } },
      },
      302: { description: 'Presigned URL (S3)' },
      304: { description: 'Not modified: the ETag sent in If-None-Match still matches' },
      401: problemResponse('Not signed in'),
      404: problemResponse('No such blob you may read'),
    },
  });
  router.get('/:id', authenticate(deps), async (req, res) => {
    const { userId } = authOf(req);
    const id = String(req.params.id);
    const query = validate(BlobQuery, req.query);
    if (!isBlobId(id)) throw problems.notFound('No such blob');
    await awaitMinPosition(deps, res, ['documents'], query.min_position);
    const knex = deps.db.knex;
    const [blobs, refs, documents, members] = await Promise.all(
      ['blobs', 'blob_refs', 'documents', 'space_members'].map((t) => activeTable(knex, 'documents', t)),
    );
    if (!blobs || !refs || !documents || !members) throw problems.notFound('No such blob');
    const result = await knex.raw<{ rows: BlobRow[] }>(
      `select b.content_type, b.size, b.sha256 from ${blobs} b
        where b.blob_id = ? and (b.owner_id = ?::uuid or exists (
          select 1 from ${refs} r join ${documents} d on d.stream_name = r.stream_name
           where r.blob_id = b.blob_id and d.deleted_at is null and (
             (d.space_id is null and d.owner_id = ?::uuid) or d.space_id in (
               select m.space_id from ${members} m where m.user_id = ?::uuid and m.left_position is null))))`,
      [id, userId, userId, userId],
    );
    const row = result.rows[0];
    if (!row) throw problems.notFound('No such blob');
    const key = blobKey(id);
    const signed = await deps.blobs.signedGetUrl(key, 300);
    if (signed) {
      res.set('Cache-Control', 'private, no-store').redirect(302, signed);
      return;
    }
    const etag = `"${row.sha256}"`;
    res.set({
      ETag: etag,
      'Cache-Control': 'private, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
    });
    if (req.get('if-none-match') === etag) {
      res.status(304).end();
      return;
    }
    const blob = await deps.blobs.get(key);
    if (!blob) throw problems.notFound('No such blob');
    res.type(row.content_type).send(blob.body);
  });
  return router;
}
