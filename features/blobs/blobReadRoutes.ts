import { Router } from 'express';
import { blobKey, isBlobId } from '../../domain/blob/index.js';
import { canReadBlob } from '../../access/index.js';
import { blobOf } from '../sync/documents/index.js';
import { authenticate, authOf } from '../../platform/auth/index.js';
import { problems, problemResponse, z, type OpenAPIRegistry, validate } from '../../platform/http/index.js';
import type { QueryApiDeps } from '../../query-api/index.js';
import { awaitMinPosition } from '../../query-api/feed/index.js';

const BlobQuery = z.object({
  min_position: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
});

/**
 * `GET /v1/blobs/{id}`: the bytes, for the uploader and for anyone who can read a live document
 * referencing the blob (its private owner, or a current member of its space): the access policy's
 * rule (access/). Anyone else gets the same 404 as for a blob that does not exist. From S3 it is
 * a redirect to a presigned URL.
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
    // Who may read it comes from documents and from conversations (attachments, avatars).
    await awaitMinPosition(deps, res, ['documents', 'messaging'], query.min_position);
    const blob = await blobOf(deps.db.knex, id);
    if (!blob || !(await canReadBlob(deps.db.knex, { userId }, blob)))
      throw problems.notFound('No such blob');
    const key = blobKey(id);
    const signed = await deps.blobs.signedGetUrl(key, 300);
    if (signed) {
      res.set('Cache-Control', 'private, no-store').redirect(302, signed);
      return;
    }
    const etag = `"${blob.sha256}"`;
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
    const bytes = await deps.blobs.get(key);
    if (!bytes) throw problems.notFound('No such blob');
    res.type(blob.contentType).send(bytes.body);
  });
  return router;
}
