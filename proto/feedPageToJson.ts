import { mobile } from './generated/mobile.js';
import { fromStruct } from './struct.js';

type ChangeProperties = mobile.v1.Change.$Properties;
type FeedPageProperties = mobile.v1.FeedPage.$Properties;
type Int64 = number | { toString(): string } | null | undefined;

/** int64 in proto3 JSON: a decimal string, absent at 0. */
const int64 = (value: Int64): string | undefined => {
  const text = value == null ? '0' : String(value);
  return text === '0' ? undefined : text;
};

/** The fields of a generated message class: its prototype holds each field's default value. */
const fieldsOf = (type: { prototype: object }): string[] =>
  Object.entries(type.prototype as Record<string, unknown>)
    .filter(([, value]) => typeof value !== 'function')
    .map(([name]) => name);

/**
 * A writer for a message of string and bool fields (Tombstone, Profile, Device): its fields that are
 * not at their default; anything else on the object is not a field and is not sent, as in binary.
 */
function scalarsOf(type: { prototype: object }): (message: object) => Record<string, unknown> {
  const fields = fieldsOf(type);
  return (message) => {
    const out: Record<string, unknown> = {};
    for (const name of fields) {
      const value = (message as Record<string, unknown>)[name];
      if (value !== null && value !== undefined && value !== '' && value !== false) out[name] = value;
    }
    return out;
  };
}

const tombstone = scalarsOf(mobile.v1.Tombstone);
const profile = scalarsOf(mobile.v1.Profile);
const device = scalarsOf(mobile.v1.Device);
const notificationScalars = scalarsOf(mobile.v1.InboxNotification);

/** An InboxNotification: its strings, its data map (left out when empty), its int64 position. */
function notification(message: mobile.v1.IInboxNotification): Record<string, unknown> {
  const { data: _data, inboxPosition: _position, ...out } = notificationScalars(message);
  const data = message.data ? Object.entries(message.data) : [];
  if (data.length > 0) out.data = Object.fromEntries(data);
  const position = int64(message.inboxPosition);
  if (position !== undefined) out.inboxPosition = position;
  return out;
}

/** A NotificationBadge: int32 as a JSON number, absent at 0. */
const badge = (message: mobile.v1.INotificationBadge) => (message.unread ? { unread: message.unread } : {});

/** A message with nested and repeated fields: its own proto3 JSON, through the binary (defaults left out). */
const viaBinary =
  <P, M extends { toJSON(): Record<string, unknown> }>(type: {
    encode(message: P): { finish(): Uint8Array };
    decode(bytes: Uint8Array): M;
  }) =>
  (message: P) =>
    type.decode(type.encode(message).finish()).toJSON();
const conversation = viaBinary(mobile.v1.Conversation);
const chatMessage = viaBinary(mobile.v1.ChatMessage);

function changeToJson(change: ChangeProperties): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (change.collection) out.collection = change.collection;
  if (change.id) out.id = change.id;
  const version = int64(change.version);
  if (version !== undefined) out.version = version;
  // A oneof member that is set is on the wire even when empty.
  if (change.tombstone) out.tombstone = tombstone(change.tombstone);
  if (change.profile) out.profile = profile(change.profile);
  if (change.device) out.device = device(change.device);
  if (change.document) out.document = fromStruct(change.document);
  if (change.notification) out.notification = notification(change.notification);
  if (change.notificationBadge) out.notificationBadge = badge(change.notificationBadge);
  if (change.conversation) out.conversation = conversation(change.conversation);
  if (change.chatMessage) out.chatMessage = chatMessage(change.chatMessage);
  if (change.updateMask)
    out.updateMask = change.updateMask.paths?.length ? { paths: change.updateMask.paths } : {};
  return out;
}

/**
 * A feed page as JSON, straight from its properties: exactly what `FeedPage.decode(encoded)
 * .toJSON()` gives (fields at their default left out, as the binary leaves them out; int64 as
 * strings), with each document's Struct as the plain object that is its proto3 JSON. The JSON feed
 * is the protobuf feed's twin without encoding the page and decoding it again.
 */
export function feedPageToJson(page: FeedPageProperties): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (page.changes?.length) out.changes = page.changes.map(changeToJson);
  if (page.nextCursor) out.nextCursor = page.nextCursor;
  if (page.hasMore) out.hasMore = true;
  if (page.mustRefetch) out.mustRefetch = true;
  const position = int64(page.position);
  if (position !== undefined) out.position = position;
  return out;
}
