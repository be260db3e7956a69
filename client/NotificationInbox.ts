import type { LocalDocuments } from './LocalDocuments.js';
import type { Session } from './Session.js';

/** A notification of the inbox as the feed keeps it (`notifications` collection). */
export interface InboxNotification {
  id: string;
  title: string;
  body: string;
  category: string;
  deepLink?: string;
  imageUrl?: string;
  data?: Record<string, string>;
  createdAt: string;
  readAt?: string;
  openedAt?: string;
  inboxPosition: number;
}

const PATH = '/v1/me/notifications';

/**
 * The user's notification inbox on this device: read from the synced feed (collections
 * `notifications` and `notification_badge`), changed through the inbox API. Receipts name this
 * device (the one the session signed in with).
 */
export class NotificationInbox {
  constructor(
    private readonly session: Session,
    private readonly documents: LocalDocuments,
  ) {}

  /** The synced inbox, newest first. */
  list(): InboxNotification[] {
    return this.documents
      .list('notifications')
      .map(([, doc]) => doc.fields as unknown as InboxNotification)
      .sort((a, b) => b.inboxPosition - a.inboxPosition || (a.id < b.id ? 1 : -1));
  }

  /** The unread count to set the app icon's badge to (the server's count, not a local one). */
  badge(): number {
    const userId = this.session.userId;
    const doc = userId ? this.documents.synced('notification_badge', userId) : undefined;
    return Number(doc?.fields.unread ?? 0);
  }

  /** Each answers the log position of the change (pull with it as minPosition to see it). */
  markRead(id: string): Promise<number> {
    return this.send('POST', `/${encodeURIComponent(id)}/read`, {});
  }

  /** Marks read what landed up to `upTo` (default: the newest notification this device has). */
  markAllRead(upTo: number | undefined = this.list()[0]?.inboxPosition): Promise<number> {
    return this.send('POST', '/read-all', upTo === undefined ? {} : { upTo });
  }

  delete(id: string): Promise<number> {
    return this.send('DELETE', `/${encodeURIComponent(id)}`);
  }

  /** Reports the push for `id` arrived on this device. */
  received(id: string): Promise<number> {
    return this.send('POST', `/${encodeURIComponent(id)}/received`, {});
  }

  /** Reports the user opened `id` on this device (it is read too). */
  opened(id: string): Promise<number> {
    return this.send('POST', `/${encodeURIComponent(id)}/opened`, {});
  }

  private async send(method: string, path: string, body?: object): Promise<number> {
    const response = await this.session.request(method, `${PATH}${path}`, {
      ...(body ? { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } } : {}),
    });
    const answer = (await response.json()) as { position: number };
    return answer.position;
  }
}
