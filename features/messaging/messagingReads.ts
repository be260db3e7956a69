import { v5 as uuidv5 } from 'uuid';
import { BLOB_CATEGORY, blobDecider, isBlobId } from '../../domain/blob/index.js';
import {
  BLOCK_CATEGORY,
  blockDecider,
  blocks,
  CONVERSATION_CATEGORY,
  conversationDecider,
  MESSAGE_CATEGORY,
} from '../../domain/conversation/index.js';
import { DomainError } from '../../domain/shared/index.js';
import { USER_CATEGORY } from '../../domain/user/index.js';
import { foldStream, loadStream } from '../../core/index.js';
import { streamName } from '../../infra/eventStore/index.js';
import type { MessagingDeps } from './messagingDeps.js';

const NAMESPACE = 'b5d0c7a4-1f3e-4c55-9d2a-6e8f0a1b2c3d';

/** A direct conversation's id derives from the pair: the same two users always get the same one. */
export const directConversationId = (a: string, b: string) =>
  uuidv5(`direct|${[a, b].sort().join('|')}`, NAMESPACE);

/** A message's id derives from (conversation, sender, client message id): a retried send finds it. */
export const messageIdOf = (conversationId: string, senderId: string, clientMessageId: string) =>
  uuidv5(`message|${conversationId}|${senderId}|${clientMessageId}`, NAMESPACE);

export const conversationStream = (id: string) => streamName(CONVERSATION_CATEGORY, id);
export const messageStream = (id: string) => streamName(MESSAGE_CATEGORY, id);

export const loadConversation = (deps: MessagingDeps, id: string) =>
  loadStream(deps.store, conversationDecider, conversationStream(id), deps.snapshots);

/**
 * Whether `userId` is a current member of the conversation, from its stream (the log, which the
 * read model may lag behind: a member removed a moment ago is no member here).
 */
export async function isMemberInLog(deps: MessagingDeps, conversationId: string, userId: string) {
  const { state } = await loadConversation(deps, conversationId);
  return state.status === 'active' && Boolean(state.members[userId]);
}

/** Whether `userId` is blocked by `by` (reads `by`'s block list, snapshotted). */
export async function isBlockedBy(deps: MessagingDeps, by: string, userId: string): Promise<boolean> {
  const list = await loadStream(deps.store, blockDecider, streamName(BLOCK_CATEGORY, by), deps.snapshots);
  return blocks(list.state, userId);
}

/** The users among `ids` who block `userId`. */
export async function blockersOf(deps: MessagingDeps, ids: readonly string[], userId: string) {
  const found: string[] = [];
  for (const id of ids) if (await isBlockedBy(deps, id, userId)) found.push(id);
  return found;
}

/** Refuses (404) a user id that names no registered user. */
export async function requireUsers(deps: MessagingDeps, ids: readonly string[]): Promise<void> {
  for (const id of ids) {
    const events = await deps.store.readStream(streamName(USER_CATEGORY, id), { maxCount: 1 });
    if (events.length === 0) throw new DomainError('not_found', 'user_not_found', `No user ${id}`);
  }
}

/** The blob ids among `ids` that are not `userId`'s uploads (as blob references are checked for documents). */
export async function notOwnedBlobs(deps: MessagingDeps, ids: readonly string[], userId: string) {
  const bad: string[] = [];
  for (const id of ids) {
    if (!isBlobId(id)) {
      bad.push(id.slice(0, 64));
      continue;
    }
    const blob = foldStream(blobDecider, await deps.store.readStream(streamName(BLOB_CATEGORY, id)));
    if (blob.status !== 'stored' || blob.ownerId !== userId) bad.push(id);
  }
  return bad;
}

export async function requireOwnBlob(deps: MessagingDeps, id: string | null | undefined, userId: string) {
  if (!id) return;
  if ((await notOwnedBlobs(deps, [id], userId)).length > 0)
    throw new DomainError('invalid', 'unknown_blob', 'The avatar is not one of your uploads');
}
