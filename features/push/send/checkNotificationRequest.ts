import {
  PUSH_TEMPLATE_CATEGORY,
  pushTemplateDecider,
  type PushTemplate,
} from '../../../domain/pushTemplate/index.js';
import type {
  NotificationAudience,
  NotificationCatalog,
  NotificationContent,
  NotificationRequest,
  NotificationSender,
} from '../../../domain/notification/index.js';
import { foldStream } from '../../../core/index.js';
import { streamName, type EventStore } from '../../../infra/eventStore/index.js';
import { HttpProblem } from '../../../platform/http/index.js';
import { templateValueProblems } from '../templates/index.js';
import type { SendNotificationBody } from './notificationSchemas.js';
import { refuseSegmentProblems } from './refuseSegmentProblems.js';
import { sendPayloadProblems } from './sendPayloadProblems.js';

const refuse = (slug: string, title: string, detail: string, extensions: Record<string, unknown> = {}) =>
  new HttpProblem(422, slug, title, detail, extensions);

/** The saved template of that name (from its stream, so a template saved a moment ago counts), or undefined. */
export async function savedTemplate(store: EventStore, name: string): Promise<PushTemplate | undefined> {
  const state = foldStream(
    pushTemplateDecider,
    await store.readStream(streamName(PUSH_TEMPLATE_CATEGORY, name)),
  );
  return state.status === 'saved' ? state.template : undefined;
}

/**
 * The request a send body makes, or the 422 that refuses it before anything is appended: an
 * undeclared topic (`unknown-topic`), an unknown template (`unknown-template`), values the
 * template does not take (`push-template-values`), an undeclared category (`unknown-category`),
 * a payload over a provider's limit (`push-payload-too-large`, naming the provider and the limit).
 */
export async function checkNotificationRequest(
  deps: { store: EventStore; catalog: NotificationCatalog },
  input: { notificationId: string; body: SendNotificationBody; sender: NotificationSender },
): Promise<NotificationRequest> {
  const { body } = input;
  const audience: NotificationAudience =
    'users' in body.audience
      ? { type: 'users', userIds: body.audience.users }
      : 'devices' in body.audience
        ? { type: 'devices', deviceIds: body.audience.devices }
        : 'topic' in body.audience
          ? { type: 'topic', topic: body.audience.topic }
          : { type: 'segment', segment: body.audience.segment };
  if (audience.type === 'segment')
    refuseSegmentProblems(
      audience.segment,
      deps.catalog.topics.map((t) => t.name),
      '/audience/segment',
    );
  if (audience.type === 'topic' && !deps.catalog.topics.some((t) => t.name === audience.topic))
    throw refuse(
      'unknown-topic',
      'Unknown topic',
      `No topic ${audience.topic} is declared (PUSH_TOPICS_FILE)`,
    );
  let template: PushTemplate | undefined;
  let content: NotificationContent;
  if (body.template) {
    template = await savedTemplate(deps.store, body.template.name);
    if (!template)
      throw refuse('unknown-template', 'Unknown template', `No template ${body.template.name} is saved`);
    const problems = templateValueProblems(template, body.template.values);
    if (problems.length > 0)
      throw refuse('push-template-values', 'The template values are not valid', problems.join('; '), {
        problems,
      });
    content = { type: 'template', template: template.name, values: body.template.values };
  } else if (body.title !== undefined && body.body !== undefined)
    content = { type: 'text', title: body.title, body: body.body };
  else content = { type: 'none' };
  const category = body.category ?? template?.category ?? '';
  if (!deps.catalog.categories.some((c) => c.name === category))
    throw refuse(
      'unknown-category',
      'Unknown category',
      `No category ${category} is declared (PUSH_TOPICS_FILE)`,
    );
  const request: NotificationRequest = {
    notificationId: input.notificationId,
    audience,
    content,
    category,
    payload: body.payload ?? {},
    data: body.data,
    silent: body.silent,
    inbox: body.inbox ?? !body.silent,
    sender: input.sender,
  };
  const oversize = sendPayloadProblems(request, template);
  if (oversize.length > 0)
    throw refuse(
      'push-payload-too-large',
      'The notification would not fit a provider',
      oversize.map((p) => (p.locale ? `${p.locale}: ${p.detail}` : p.detail)).join('; '),
      { problems: oversize },
    );
  return request;
}
