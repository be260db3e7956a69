import {
  ChatMessageBody,
  ConversationBody,
  FeedPage,
  fromStruct,
  MutationBatch,
  MutationOp,
  MutationResponse,
  toStruct,
  type FeedPageMessage,
  type StructProperties,
} from '../proto/index.js';
import type { FeedChange } from './LocalDocuments.js';
import type { Mutation } from './MutationQueue.js';
import type { Session } from './Session.js';

/** The wire protocol: protobuf mutation batches and feed pages, over an authenticated session. */
const PROTOBUF = 'application/x-protobuf';
const OPS = { put: MutationOp.OP_PUT, patch: MutationOp.OP_PATCH, delete: MutationOp.OP_DELETE } as const;

export interface MutationOutcome {
  mutationId: string;
  status: 'applied' | 'merged' | 'conflict' | 'rejected';
  version: number;
  reason?: string;
  conflictFields: string[];
  errors: string[];
  /** conflict: the server's document as it stands. */
  server?: { version: number; deleted: boolean; fields: Record<string, unknown> };
}

/** Sends one batch (at most 500) and answers each mutation's outcome and the batch's position. */
export async function sendMutations(
  session: Session,
  clientId: string,
  batch: readonly Mutation[],
): Promise<{ outcomes: MutationOutcome[]; position: number }> {
  const body = MutationBatch.encode({
    clientId,
    mutations: batch.map((m) => ({
      mutationId: m.mutationId,
      collection: m.collection,
      documentId: m.documentId,
      op: OPS[m.op],
      ...(m.set ? { set: toStruct(m.set) } : {}),
      unset: m.unset ?? [],
      spaceId: m.spaceId ?? '',
      baseVersion: m.baseVersion,
      hlc: m.hlc,
    })),
  }).finish();
  const response = await session.request('POST', '/v1/sync/mutations', {
    body,
    headers: { 'content-type': PROTOBUF, accept: PROTOBUF },
  });
  const answer = MutationResponse.toObject(
    MutationResponse.decode(new Uint8Array(await response.arrayBuffer())),
    {
      longs: Number,
      arrays: true,
    },
  ) as { results: ProtoResult[]; position?: number };
  return { outcomes: answer.results.map(outcomeOf), position: answer.position ?? 0 };
}

export interface FeedPageRequest {
  cursor: string;
  limit: number;
  wait?: number;
  minPosition?: number;
  collections?: string[];
  /** Whole documents only, never field masks (for stores that replace documents). */
  whole?: boolean;
  signal?: AbortSignal;
}

/** One page of the protobuf feed, decoded. */
export async function fetchFeedPage(session: Session, request: FeedPageRequest): Promise<DecodedFeedPage> {
  const query = new URLSearchParams({ limit: String(request.limit) });
  if (request.cursor) query.set('cursor', request.cursor);
  if (request.wait) query.set('wait', String(request.wait));
  if (request.minPosition) query.set('min_position', String(request.minPosition));
  if (request.collections) query.set('collections', request.collections.join(','));
  if (request.whole) query.set('whole', 'true');
  const response = await session.request('GET', `/v1/feed?${query}`, {
    headers: { accept: PROTOBUF },
    ...(request.signal ? { signal: request.signal } : {}),
  });
  return decodeFeedPage(FeedPage.decode(new Uint8Array(await response.arrayBuffer())));
}

/** A feed page as the SDK applies it, whether it came from GET /v1/feed or the realtime socket. */
export interface DecodedFeedPage {
  changes: FeedChange[];
  nextCursor: string;
  hasMore: boolean;
  mustRefetch: boolean;
}

export function decodeFeedPage(page: FeedPageMessage): DecodedFeedPage {
  return {
    changes: page.changes.map(changeOf),
    nextCursor: page.nextCursor,
    hasMore: page.hasMore,
    mustRefetch: page.mustRefetch,
  };
}

interface ProtoResult {
  mutationId: string;
  status: MutationOutcome['status'];
  version?: number;
  reason?: string;
  conflictFields?: string[];
  errors?: string[];
  document?: { version?: number; deleted?: boolean; fields?: StructProperties };
}

function outcomeOf(result: ProtoResult): MutationOutcome {
  return {
    mutationId: result.mutationId,
    status: result.status,
    version: result.version ?? 0,
    ...(result.reason ? { reason: result.reason } : {}),
    conflictFields: result.conflictFields ?? [],
    errors: result.errors ?? [],
    ...(result.document
      ? {
          server: {
            version: result.document.version ?? 0,
            deleted: result.document.deleted ?? false,
            fields: fromStruct(result.document.fields ?? {}),
          },
        }
      : {}),
  };
}

function changeOf(change: FeedPageMessage['changes'][number]): FeedChange {
  // The inbox's typed bodies are kept as documents: the app reads them like any other.
  const { notification, notificationBadge, conversation, chatMessage } = change;
  const fields = change.document
    ? fromStruct(change.document)
    : notification
      ? { ...notification, inboxPosition: Number(notification.inboxPosition ?? 0) }
      : notificationBadge
        ? { unread: notificationBadge.unread ?? 0 }
        : conversation
          ? ConversationBody.toObject(ConversationBody.fromObject(conversation), { longs: Number })
          : chatMessage
            ? ChatMessageBody.toObject(ChatMessageBody.fromObject(chatMessage), { longs: Number })
            : {};
  return {
    collection: change.collection ?? '',
    id: change.id ?? '',
    version: Number(change.version ?? 0),
    deleted: Boolean(change.tombstone),
    fields,
    ...(change.updateMask ? { mask: change.updateMask.paths ?? [] } : {}),
  };
}
