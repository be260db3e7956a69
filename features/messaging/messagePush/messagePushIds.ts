import { v5 as uuidv5 } from 'uuid';

export const MESSAGE_PUSH_NAMESPACE = '5d1c9e7a-3b64-4f0e-9a2d-8c7f1e6b4a30';

/** The notification id of a message's push (one per recipients chunk): a repeated check finds it taken. */
export const messagePushId = (check: { conversationId: string; seq: number }, chunk: number) =>
  uuidv5(`message-push|${check.conversationId}|${check.seq}|${chunk}`, MESSAGE_PUSH_NAMESPACE);

/** Where pushes of one conversation collapse: its id without dashes (32 characters, any provider's key). */
export const collapseKeyOf = (conversationId: string) => conversationId.replaceAll('-', '');
