import { createHash, randomBytes } from 'node:crypto';
import { Router } from 'express';
import { BLOB_CATEGORY, blobDecider, blobKey, type RecordBlob } from '../../domain/blob/index.js';
import { streamName } from '../../infra/eventStore/index.js';
import { authenticate, authOf } from '../../platform/auth/index.js';
import { problems, problemResponse, z, type OpenAPIRegistry } from '../../platform/http/index.js';
import type { CommandApiDeps } from '../../command-api/index.js';
import { commandContextFrom } from '../../command-api/index.js';
import { handleCommand } from '../../core/index.js';

/** A plain `type/subtype` (parameters dropped); anything else is stored as octet-stream. */
const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,63}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,63}$/;

const BlobAnswer = z
  .object({
    id: z.string(),
    contentType: z.string(),
    size: z.number().int(),
    sha256: z.string(),
    position: z.number().int(),
  })
  .openapi('Blob');

/**
 * `POST /v1/blobs`: the body is the blob (any media type, at most BLOB_UPLOAD_LIMIT_BYTES). The
 * bytes go to the blob store first, then one BlobUploaded event makes them the uploader's; a
 * document references the blob with a field `{ "$blob": "<id>" }`.
 */
export function blobRoutes(deps: CommandApiDeps, registry: OpenAPIRegistry): Router {
  const router = Router();
  registry.registerPath({
    method: 'post',
    path: '/v1/blobs',
    summary: 'Upload a blob (the body is the bytes); documents reference it as { "$blob": id }',
    security: [{ bearer: [] }],
    request: { body: { content: { '*/*': { schema: { type: 'string', format: 'binary' } } } } },
    responses: {
      201: { description: 'Stored', content: { 'application/json': { schema: BlobAnswer } } },
      400: problemResponse('Empty body'),
      401: problemResponse('Not signed in'),
      413: problemResponse('Over BLOB_UPLOAD_LIMIT_BYTES'),
    },
  });
  router.post('/', authenticate(deps), async (req, res) => {
    const { userId } = authOf(req);
    const body = req.body as unknown;
    if (!Buffer.isBuffer(body) || body.length === 0) {
      throw problems.badRequest('empty-blob', 'Send the bytes as the body, with their Content-Type');
    }
    const given = (req.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    const contentType = MEDIA_TYPE.test(given) ? given : 'application/octet-stream';
    const blobId = randomBytes(16).toString('base64url');
    const sha256 = createHash('sha256').update(body).digest('hex');
    await deps.blobs.put(blobKey(blobId), body, contentType);
    const result = await handleCommand({
      store: deps.store,
      decider: blobDecider,
      stream: streamName(BLOB_CATEGORY, blobId),
      command: (metadata): RecordBlob => ({
        type: 'RecordBlob',
        data: { blobId, contentType, size: body.length, sha256 },
        metadata,
      }),
      context: commandContextFrom(req, res, { userId }, deps.clock()),
    });
    res.status(201).json({ id: blobId, contentType, size: body.length, sha256, position: result.position });
  });
  return router;
}
