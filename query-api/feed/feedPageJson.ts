import type { FeedSource } from '../../projectors/index.js';
import { z } from '../../platform/http/index.js';

/** proto3 JSON writes int64 as a decimal string (JavaScript numbers stop being exact at 2^53). */
const Int64 = z
  .string()
  .regex(/^-?\d+$/)
  .openapi({ description: 'int64, as a decimal string (proto3 JSON)' });

const Fields = z.record(z.string(), z.unknown());

/** A FeedPage (mobile.v1, feed.proto) in proto3 JSON: fields at their default value are left out. */
export function feedPageJson(feedSources: readonly FeedSource[]) {
  const Change = z
    .object({
      collection: z.string(),
      id: z.string(),
      version: Int64.optional(),
      tombstone: z.object({ deletedAt: z.string().optional() }).optional(),
      // Each feed source's body (profile, device, document…): the source declares its field.
      ...Object.fromEntries(feedSources.map((s) => [s.body, Fields.optional()])),
      updateMask: z.object({ paths: z.array(z.string()).optional() }).optional(),
    })
    .openapi('FeedChange', {
      description: `One of tombstone, ${[...new Set(feedSources.map((s) => s.body))].join(', ')}`,
    });

  return z
    .object({
      changes: z.array(Change).optional(),
      nextCursor: z.string().optional(),
      hasMore: z.boolean().optional(),
      mustRefetch: z.boolean().optional(),
      position: Int64.optional(),
    })
    .openapi('FeedPage');
}
