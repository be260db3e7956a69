import { renderedBytesBound, type PushTemplate } from '../../../domain/pushTemplate/index.js';
import type { NotificationRequest } from '../../../domain/notification/index.js';
import { payloadProblems, type PayloadProblem } from '../../../infra/push/index.js';

/** The longest delivery key a fan-out push carries (`<notification id>:<device id>` is 73). */
const DELIVERY_KEY_BOUND = 128;
/** The badge the fan-out may add (the inbox's unread count). */
const BADGE_BOUND = 99_999;

/**
 * What a provider would refuse in any push of this request: its payload fields and data with the
 * title and body at their longest (a template's bound per locale, renderedBytesBound; literal text
 * as given), on every platform. Empty when every push fits.
 */
export function sendPayloadProblems(
  request: Pick<NotificationRequest, 'content' | 'payload' | 'data' | 'category'>,
  template: PushTemplate | undefined,
): (PayloadProblem & { locale?: string })[] {
  const texts: { locale?: string; title: number; body: number }[] =
    request.content.type === 'template' && template
      ? Object.entries(template.messages).map(([locale, m]) => ({
          locale,
          title: renderedBytesBound(m.title, template.parameters),
          body: renderedBytesBound(m.body, template.parameters),
        }))
      : request.content.type === 'text'
        ? [{ title: -1, body: -1 }]
        : [{ title: 0, body: 0 }];
  const problems: (PayloadProblem & { locale?: string })[] = [];
  for (const text of texts) {
    const notification = {
      ...(template?.payload ?? {}),
      ...request.payload,
      badge: BADGE_BOUND,
      id: 'k'.repeat(DELIVERY_KEY_BOUND),
      notificationId: '00000000-0000-0000-0000-000000000000',
      kind: template?.name ?? request.category,
      title:
        text.title < 0 && request.content.type === 'text' ? request.content.title : 'x'.repeat(text.title),
      body: text.body < 0 && request.content.type === 'text' ? request.content.body : 'x'.repeat(text.body),
      // The fan-out adds the notification id to each push's data.
      data: { ...request.data, notificationId: '00000000-0000-0000-0000-000000000000' },
    };
    for (const platform of ['ios', 'android', 'web'] as const)
      problems.push(
        ...payloadProblems(notification, platform).map((p) => ({
          ...p,
          ...(text.locale ? { locale: text.locale } : {}),
        })),
      );
  }
  return problems;
}
