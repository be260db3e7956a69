/** The longest preview of a message's text a push carries, in characters (code points). */
export const MESSAGE_PREVIEW_LENGTH = 180;

/** What a message push shows, from what the read model holds (an erased sender's text is null). */
export interface MessagePushSource {
  kind: 'direct' | 'group' | string;
  /** A group's name. */
  conversationName: string | null;
  /** The sender's display name; null when unknown (an erased sender). */
  senderName: string | null;
  text: string | null;
  attachments: number;
}

const truncate = (text: string, max: number) => {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
};

/**
 * The title and body of a message push (pure): a direct message is titled with its sender, a
 * group's with the group's name and the body starts with the sender's. The body is the text's
 * preview (whitespace folded, at most MESSAGE_PREVIEW_LENGTH characters); a message of
 * attachments only says so; an erased text (null) shows nothing of it.
 */
export function messagePushContent(source: MessagePushSource): { title: string; body: string } {
  const sender = source.senderName ?? 'Someone';
  const words =
    source.text !== null && source.text.trim() !== ''
      ? truncate(source.text, MESSAGE_PREVIEW_LENGTH)
      : source.attachments > 0
        ? source.attachments === 1
          ? 'Sent an attachment'
          : `Sent ${source.attachments} attachments`
        : 'New message';
  if (source.kind === 'group')
    return {
      title: source.conversationName ?? 'Group',
      body: truncate(`${sender}: ${words}`, MESSAGE_PREVIEW_LENGTH + 40),
    };
  return { title: sender, body: words };
}
