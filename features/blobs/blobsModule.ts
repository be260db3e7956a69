import { blobPersonalFields } from '../../domain/blob/index.js';
import { defineModule } from '../FeatureModule.js';
import { blobRoutes } from './blobRoutes.js';
import { blobReadRoutes } from './blobReadRoutes.js';
import { createBlobReaperProjection } from './reaper/index.js';
import { blobSettings } from './blobSettings.js';

/** Uploaded files (avatars, attachments): upload, read by those who may, reaped when unreferenced. */
export const blobsModule = defineModule({
  name: 'blobs',
  personalFields: [blobPersonalFields],
  settings: blobSettings,
  bodies: (settings) => [
    { path: '/v1/blobs', limitBytes: settings.BLOB_UPLOAD_LIMIT_BYTES, rawTypes: ['*/*'] },
  ],
  commands: ({ deps, registry }) => ({
    routes: [{ path: '/v1/blobs', handlers: [blobRoutes(deps, registry)] }],
  }),
  queries: ({ deps, registry }) => ({
    routes: [{ path: '/v1/blobs', handlers: [blobReadRoutes(deps, registry)] }],
  }),
  projections: [{ name: 'blob_reaper', create: (context) => createBlobReaperProjection(context.blobs) }],
});
