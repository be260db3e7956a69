import type { UserChange } from './ChangeSignal.js';

/** The channel (NOTIFY channel, or cache pub/sub channel) that carries changes. */
export const CHANGE_CHANNEL = 'feed_changed';
/** The message that means "announcements may have been missed". */
export const LOST_MESSAGE = '*';
// Under NOTIFY's 8000-byte payload limit, with room for multi-byte user ids.
const MAX_MESSAGE_CHARS = 2000;

/** Changes as `userId:position` lines, packed into as few messages as fit. */
export function encodeChanges(changes: readonly UserChange[]): string[] {
  const messages: string[] = [];
  let current = '';
  for (const { userId, position } of changes) {
    const line = `${userId}:${position}`;
    if (current && current.length + 1 + line.length > MAX_MESSAGE_CHARS) {
      messages.push(current);
      current = '';
    }
    current = current ? `${current}\n${line}` : line;
  }
  if (current) messages.push(current);
  return messages;
}

/** Calls `onChange` for each change a message carries, or `onLost` for the lost message. */
export function decodeMessage(
  message: string,
  onChange: (userId: string, position: number) => void,
  onLost: () => void,
): void {
  if (message === LOST_MESSAGE) return onLost();
  for (const line of message.split('\n')) {
    const split = line.lastIndexOf(':');
    const position = Number(line.slice(split + 1));
    if (split > 0 && Number.isSafeInteger(position)) onChange(line.slice(0, split), position);
  }
}
