import type { NotificationContent } from '../../../domain/notification/index.js';
import type { PushTemplate } from '../../../domain/pushTemplate/index.js';
import { renderPushTemplate } from '../templates/index.js';

/** What the projection knows of a recipient when it renders their row. */
export interface Recipient {
  locale: string | null;
  timezone: string | null;
  displayName: string | null;
}

/**
 * The title and body a user's inbox shows: `text` content as sent; `template` content rendered
 * from the template as it was when the notification was requested, in the user's locale (their
 * latest device's; the template's default without one) and timezone (their preferences'; UTC
 * without), so a rebuild renders the same words. A template that cannot be rendered (a value it
 * needs is missing) leaves the row empty rather than stop the projection.
 */
export function renderInboxText(
  content: NotificationContent,
  template: PushTemplate | null,
  recipient: Recipient,
): { title: string; body: string } {
  if (content.type === 'text') return { title: content.title, body: content.body };
  if (content.type === 'none' || !template) return { title: '', body: '' };
  try {
    const rendered = renderPushTemplate(
      template,
      recipient.locale ?? undefined,
      { displayName: recipient.displayName ?? '', ...content.values },
      recipient.timezone ?? 'UTC',
    );
    return { title: rendered.title, body: rendered.body };
  } catch {
    return { title: '', body: '' };
  }
}
