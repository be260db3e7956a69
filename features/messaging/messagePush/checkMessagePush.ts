import type { Knex } from 'knex';
import {
  messagePushRecipients,
  MESSAGE_PUSH_MAX_AGE_MS,
  type MessagePushDecision,
} from '../../../domain/conversation/index.js';
import type { EventStore, SnapshotStore } from '../../../infra/eventStore/index.js';
import { factsKey, readMessagePushFacts } from './readMessagePushFacts.js';
import { requestMessagePush } from './requestMessagePush.js';

export { collapseKeyOf, messagePushId } from './messagePushIds.js';

/** The message check a scheduled item publishes when a message's grace period is over. */
export interface MessagePushCheckRequest {
  conversationId: string;
  seq: number;
  /** When the message was sent (ISO-8601): a check the read model never catches up with is dropped once too old. */
  sentAt?: string;
}

export interface MessagePushDeps {
  store: EventStore;
  snapshots?: SnapshotStore;
  knex: Knex;
  clock: () => Date;
  /** MESSAGE_PUSH_DELAY_MS: a message younger than this is still in its grace period (default 0). */
  graceMs?: number;
}

/**
 * The read model has not reached the message yet: the bus delivers the check again. `settled`
 * holds the checks of the batch that were decided (and their pushes requested) before it was
 * thrown: a repeat of one of them would request nothing more.
 */
export class MessagePushNotReadyError extends Error {
  readonly retryable = true;
  constructor(
    conversationId: string,
    seq: number,
    readonly settled: readonly MessagePushCheckRequest[] = [],
  ) {
    super(`the messaging read model has not reached message ${seq} of ${conversationId} yet`);
    this.name = 'MessagePushNotReadyError';
  }
}

/**
 * Decides who gets a push for each message whose grace period is over (messagePushRecipients
 * over the messaging read model, read in one query for the whole batch) and requests the pushes
 * (requestMessagePush; the block lists are read only for messages someone would get a push for).
 * Returns the decisions in the order of the checks. When the read model has not reached some of
 * the messages, the others are decided and requested first, then MessagePushNotReadyError is
 * thrown, so the bus delivers the batch again (a repeated check requests nothing more), but not
 * past the age no push is sent at.
 */
export async function checkMessagePushes(
  deps: MessagePushDeps,
  checks: readonly MessagePushCheckRequest[],
): Promise<MessagePushDecision[]> {
  const now = deps.clock();
  // A message counts as past its grace period from half of it: a connected device acknowledges
  // within milliseconds, and a check due exactly at the end of the period is not put off by a
  // clock that runs a little behind the sender's.
  const graceBound = new Date(now.getTime() - (deps.graceMs ?? 0) / 2);
  const facts = await readMessagePushFacts(deps.knex, checks, graceBound);
  const decisions: MessagePushDecision[] = [];
  let notReady: MessagePushCheckRequest | undefined;
  const settled: MessagePushCheckRequest[] = [];
  for (const check of checks) {
    const found = facts.get(factsKey(check.conversationId.toLowerCase(), check.seq));
    if (!found || (!found.message && found.lastSeq < check.seq)) {
      if (check.sentAt && now.getTime() - Date.parse(check.sentAt) > MESSAGE_PUSH_MAX_AGE_MS) {
        decisions.push({ action: 'skip', reason: 'too_old' });
        settled.push(check);
      } else notReady ??= check;
      continue;
    }
    const question = {
      message: found.message,
      lastSeq: found.lastSeq,
      members: found.members,
      blockingSender: new Set<string>(),
      ageMs: found.message ? now.getTime() - Date.parse(found.message.sentAt) : 0,
      maxAgeMs: MESSAGE_PUSH_MAX_AGE_MS,
      acknowledgeUpTo: found.graceSeq ?? undefined,
    };
    const decision = messagePushRecipients(question);
    decisions.push(
      decision.action === 'skip' || decision.recipients.length === 0
        ? decision
        : await requestMessagePush(deps, check, found, question, decision, now),
    );
    settled.push(check);
  }
  if (notReady) throw new MessagePushNotReadyError(notReady.conversationId, notReady.seq, settled);
  return decisions;
}

/** One check (checkMessagePushes of one). */
export async function checkMessagePush(
  deps: MessagePushDeps,
  check: MessagePushCheckRequest,
): Promise<MessagePushDecision> {
  const [decision] = await checkMessagePushes(deps, [check]);
  return decision!;
}
