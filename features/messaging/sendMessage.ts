import { memberOf, messageDecider, type SendMessage } from '../../domain/conversation/index.js';
import { DomainError } from '../../domain/shared/index.js';
import { conversationDecider } from '../../domain/conversation/index.js';
import {
  commandMetadata,
  keepSnapshot,
  loadStream,
  toNewEvents,
  type CommandContext,
} from '../../core/index.js';
import { WrongExpectedVersionError, type StreamAppend } from '../../infra/eventStore/index.js';
import { sleep } from '../../platform/async/index.js';
import type { MessagingDeps, MessagingLimits } from './messagingDeps.js';
import {
  conversationStream,
  isBlockedBy,
  loadConversation,
  messageIdOf,
  messageStream,
  notOwnedBlobs,
} from './messagingReads.js';

export interface SendInput {
  conversationId: string;
  clientMessageId: string;
  text: string;
  attachments: string[];
  replyTo: string | null;
}

export interface Sent {
  messageId: string;
  seq: number;
  position: number;
  /** True when this send had been made before (a retry): the first answer again. */
  replayed: boolean;
}

/**
 * A conversation is a hot stream (every member sends on it): a busy group's senders keep losing
 * the race to one another, so a send tries far more often than a command on a user's own stream,
 * with short jittered pauses, before it answers 409.
 */
const ATTEMPTS = 64;
const MAX_PAUSE_MS = 50;

/** A first attempt's view of the message's own stream: new (see sendMessage). */
const unsentMessage = { state: messageDecider.initialState(), position: 0 };

/**
 * Sends a message. Cost independent of the conversation's length: the conversation stream is
 * read from its snapshot (at most `every` events after it), the message's own stream is new (or,
 * for a retry, holds the first answer: read only once an append expecting it new has failed, so a
 * first send costs three statements), and both appends go in one transaction with the
 * conversation's version as the expectation, which is what makes each sequence number unique
 * and gap-free. Two senders racing on one conversation: one wins, the other reads again.
 */
export async function sendMessage(
  deps: MessagingDeps,
  input: SendInput,
  context: CommandContext,
  limits: MessagingLimits,
): Promise<Sent> {
  const userId = context.userId;
  const { conversationId } = input;
  const messageId = messageIdOf(conversationId, userId ?? '', input.clientMessageId);
  const msgStream = messageStream(messageId);
  for (let attempt = 1; ; attempt++) {
    const conversation = await loadConversation(deps, conversationId);
    const active = memberOf(conversation.state, userId);
    // With a multi-stream append, a first attempt takes the message for new without reading its
    // stream: a retried send's append then fails on `no_stream`, and the next attempt reads it.
    const optimistic = attempt === 1 && deps.store.appendMany !== undefined;
    const message = optimistic
      ? unsentMessage
      : await loadStream(deps.store, messageDecider, msgStream, undefined);
    const metadata = commandMetadata(context);
    const send = (seq: number, checks: Partial<SendMessage['data']> = {}): SendMessage => ({
      type: 'SendMessage',
      data: {
        ...input,
        messageId,
        seq,
        replyFound: false,
        badAttachments: [],
        maxLength: limits.maxLength,
        ...checks,
      },
      metadata,
    });
    if (message.state.status !== 'none') {
      // A retry: the same content answers as the first time; other content is refused (409).
      messageDecider.decide(send(message.state.seq), message.state);
      return { messageId, seq: message.state.seq, position: message.position, replayed: true };
    }
    const plan = async () => {
      const other = Object.keys(active.members).find((id) => id !== userId);
      const senderBlocked =
        active.kind === 'direct' && other !== undefined && (await isBlockedBy(deps, other, userId!));
      const sequenced = conversationDecider.decide(
        { type: 'SequenceMessage', data: { messageId, senderBlocked }, metadata },
        active,
      );
      const seq = active.recent[messageId] ?? active.lastSeq + 1;
      let replyFound = false;
      if (input.replyTo) {
        const replied = await loadStream(deps.store, messageDecider, messageStream(input.replyTo), undefined);
        replyFound = replied.state.status !== 'none' && replied.state.conversationId === conversationId;
      }
      const badAttachments = await notOwnedBlobs(deps, input.attachments, userId!);
      const sent = messageDecider.decide(send(seq, { replyFound, badAttachments }), message.state);
      return { sequenced, seq, sent };
    };
    let planned: Awaited<ReturnType<typeof plan>>;
    try {
      planned = await plan();
    } catch (error) {
      // A refusal (blocked since, a reply gone) may be a retry of a send made before: read it.
      if (optimistic && error instanceof DomainError) continue;
      throw error;
    }
    const { sequenced, seq, sent } = planned;
    const convStream = conversationStream(conversationId);
    const appends: StreamAppend[] = [
      ...(sequenced.length > 0
        ? [
            {
              stream: convStream,
              events: toNewEvents(context, convStream, sequenced),
              expected: conversation.version,
            },
          ]
        : []),
      { stream: msgStream, events: toNewEvents(context, msgStream, sent), expected: 'no_stream' },
    ];
    try {
      const results = deps.store.appendMany
        ? await deps.store.appendMany(appends)
        : // Without a multi-stream append (EventStoreDB): the counter first; a crash before the
          // message leaves the number in `recent`, which the retry takes again.
          await appends.reduce<Promise<Awaited<ReturnType<typeof deps.store.append>>[]>>(
            async (done, a) => [...(await done), await deps.store.append(a.stream, a.events, a.expected)],
            Promise.resolve([]),
          );
      if (sequenced.length > 0) {
        await keepSnapshot(conversationDecider, deps.snapshots, conversation.snapshotVersion, {
          stream: convStream,
          version: results[0]!.nextExpectedVersion,
          position: results[0]!.position,
          state: sequenced.reduce(conversationDecider.evolve, conversation.state),
        });
      }
      return { messageId, seq, position: results[results.length - 1]!.position, replayed: false };
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError) || attempt >= ATTEMPTS) throw error;
      // Racing senders stop colliding in lockstep (as in handleCommand).
      await sleep(Math.random() * Math.min(2 ** attempt, MAX_PAUSE_MS));
    }
  }
}
