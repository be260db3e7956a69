import type { LocalDocuments } from './LocalDocuments.js';
import type { MessageOutbox } from './MessageOutbox.js';

/** A message as a chat screen shows it. */
export interface ChatMessageView {
  /** The server's id; absent while the message waits in the outbox. */
  id?: string;
  clientMessageId: string;
  /** The server's sequence number; absent while pending. */
  seq?: number;
  senderId?: string;
  text: string;
  /** synced: from the feed; sent: answered, its feed change not here yet; pending: in the outbox. */
  state: 'synced' | 'sent' | 'pending';
}

/**
 * One conversation's messages, each once: the synced ones (the feed's `messages` collection), then
 * answered sends the feed has not brought yet (by message id), then the outbox (by client message
 * id). A message that arrives both as the outbox's answer and through the feed shows once.
 */
export function conversationMessages(
  documents: LocalDocuments,
  outbox: MessageOutbox,
  conversationId: string,
): ChatMessageView[] {
  const synced: ChatMessageView[] = documents
    .list('messages')
    .filter(([, doc]) => doc.fields.conversationId === conversationId)
    .map(([id, doc]) => ({
      id,
      clientMessageId: String(doc.fields.clientMessageId ?? ''),
      seq: Number(doc.fields.seq ?? 0),
      senderId: String(doc.fields.senderId ?? ''),
      text: String(doc.fields.text ?? ''),
      state: 'synced' as const,
    }));
  const ids = new Set(synced.map((m) => m.id));
  const sent: ChatMessageView[] = [...outbox.sent.values()]
    .filter((m) => m.conversationId === conversationId && !ids.has(m.id))
    .map((m) => ({
      id: m.id,
      clientMessageId: m.clientMessageId,
      seq: m.seq,
      text: m.text,
      state: 'sent' as const,
    }));
  const known = new Set([...synced, ...sent].map((m) => m.clientMessageId).filter(Boolean));
  const pending: ChatMessageView[] = outbox.pending
    .filter((m) => m.conversationId === conversationId && !known.has(m.clientMessageId))
    .map((m) => ({ clientMessageId: m.clientMessageId, text: m.text, state: 'pending' as const }));
  return [...[...synced, ...sent].sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0)), ...pending];
}
