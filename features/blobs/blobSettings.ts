import { int } from '../../platform/settings/index.js';

/** The blobs module's environment variables (README, "Configuration"). */
export const blobSettings = {
  BLOB_UPLOAD_LIMIT_BYTES: int(1024, 5 * 1024 * 1024 * 1024).default(25 * 1024 * 1024),
};
