import { renderedBytesBound, type PushTemplate } from '../../../domain/pushTemplate/index.js';
import { payloadProblems, type PayloadProblem } from '../../../infra/push/index.js';

/** The longest delivery key the notification carries (`<event id>:<device id>` is 73; room to spare). */
const DELIVERY_KEY_BOUND = 128;

export type TemplatePayloadProblem = PayloadProblem & { locale: string };

/**
 * Each locale's title and body at their longest (renderedBytesBound: an upper bound, not a
 * sample), with the template's payload fields and no call-time data, measured as each provider's
 * adapter builds it (payloadProblems). Call-time `data` is not the template's: the send API
 * checks the whole notification again.
 */
export function templatePayloadProblems(template: PushTemplate): TemplatePayloadProblem[] {
  const problems: TemplatePayloadProblem[] = [];
  for (const [locale, messages] of Object.entries(template.messages)) {
    const notification = {
      ...template.payload,
      id: 'k'.repeat(DELIVERY_KEY_BOUND),
      kind: template.name,
      title: 'x'.repeat(renderedBytesBound(messages.title, template.parameters)),
      body: 'x'.repeat(renderedBytesBound(messages.body, template.parameters)),
      data: {},
    };
    for (const platform of ['ios', 'android', 'web'] as const)
      problems.push(...payloadProblems(notification, platform).map((p) => ({ ...p, locale })));
  }
  return problems;
}
