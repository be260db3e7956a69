import {
  fromStruct,
  MutationBatch as MutationBatchMessage,
  MutationOp,
  MutationResponse as MutationResponseMessage,
  toStruct,
  type StructProperties,
} from '../../proto/index.js';
import { problems } from '../../platform/http/index.js';
import type { z } from '../../platform/http/index.js';
import type { MutationResponse } from './syncSchemas.js';

export const PROTOBUF = 'application/x-protobuf';

const OPS: Record<number, string> = {
  [MutationOp.OP_PUT]: 'put',
  [MutationOp.OP_PATCH]: 'patch',
  [MutationOp.OP_DELETE]: 'delete',
};

interface DecodedMutation {
  mutationId?: string;
  collection?: string;
  documentId?: string;
  op?: number;
  set?: StructProperties;
  unset?: string[];
  spaceId?: string;
  baseVersion?: number;
  hlc?: string;
}

/**
 * A protobuf mutation batch as the JSON form's plain object, so one schema checks both: an
 * unknown op stays a string the schema refuses, and absent scalars stay absent.
 */
export function batchFromProtobuf(body: Buffer): unknown {
  try {
    const message = MutationBatchMessage.decode(body);
    return plainBatch(MutationBatchMessage.toObject(message, { longs: Number, defaults: false }));
  } catch {
    // Not protobuf, the wrong message, or nesting too deep to walk.
    throw problems.badRequest('bad-protobuf', 'The body is not a mobile.v1.MutationBatch');
  }
}

function plainBatch(decoded: { clientId?: string; mutations?: DecodedMutation[] }) {
  return {
    clientId: decoded.clientId ?? '',
    mutations: (decoded.mutations ?? []).map((m) => ({
      mutationId: m.mutationId ?? '',
      collection: m.collection ?? '',
      documentId: m.documentId ?? '',
      op: OPS[m.op ?? 0] ?? 'unspecified',
      ...(m.set ? { set: fromStruct(m.set) } : {}),
      ...(m.unset ? { unset: m.unset } : {}),
      ...(m.spaceId ? { spaceId: m.spaceId } : {}),
      baseVersion: m.baseVersion ?? 0,
      hlc: m.hlc ?? '',
    })),
  };
}

export function responseToProtobuf(response: z.infer<typeof MutationResponse>): Buffer {
  const message = MutationResponseMessage.create({
    position: response.position,
    results: response.results.map((r) => ({
      mutationId: r.mutationId,
      status: r.status,
      version: r.version ?? 0,
      conflictFields: r.conflictFields ?? [],
      reason: r.reason ?? '',
      errors: r.errors ?? [],
      ...(r.document
        ? {
            document: {
              version: r.document.version,
              deleted: r.document.deleted,
              fields: toStruct(r.document.fields),
            },
          }
        : {}),
    })),
  });
  return Buffer.from(MutationResponseMessage.encode(message).finish());
}
