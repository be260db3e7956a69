import {
  CAMPAIGN_CATEGORY,
  campaignDecider,
  validateCampaign,
  type Campaign,
  type CampaignAudience,
  type CampaignVariant,
} from '../../../domain/campaign/index.js';
import type { NotificationCatalog } from '../../../domain/notification/index.js';
import { handleCommand, type CommandContext } from '../../../core/index.js';
import { streamName, type EventStore } from '../../../infra/eventStore/index.js';
import { HttpProblem } from '../../../platform/http/index.js';
import { checkNotificationRequest } from '../send/index.js';
import type { CampaignAudienceBody, CreateCampaignBody } from './campaignSchemas.js';

export const audienceOf = (body: CampaignAudienceBody): CampaignAudience =>
  'segment' in body
    ? { type: 'segment', segment: body.segment }
    : 'topic' in body
      ? { type: 'topic', topic: body.topic }
      : { type: 'users', userIds: body.users };

/** The campaign a body defines. */
export function campaignOf(body: CreateCampaignBody): Campaign {
  return {
    name: body.name,
    audience: audienceOf(body.audience),
    category: body.category,
    variants: body.variants.map((v): CampaignVariant => ({
      name: v.name,
      percent: v.percent,
      content: v.template
        ? { type: 'template', template: v.template.name, values: v.template.values }
        : { type: 'text', title: v.title ?? '', body: v.body ?? '' },
      payload: v.payload,
    })),
    data: body.data,
    inbox: body.inbox,
    schedule: body.schedule,
    throttlePerMinute: body.throttlePerMinute,
  };
}

/**
 * Creates a campaign, refusing first with a 422 and appending nothing: what validateCampaign
 * finds (`invalid-campaign`, each problem by pointer: a schedule in the past, percentages not
 * adding up, an undeclared topic or category), then each variant as the send API checks a
 * notification (a segment the fan-out cannot select, template saved, its values, payload sizes). Then `CreateCampaign` on `campaign-<id>`; the campaigns
 * projection schedules its waves from CampaignCreated, in the same transaction as its row.
 */
export async function createCampaign(
  deps: { store: EventStore; catalog: NotificationCatalog },
  input: { campaignId: string; body: CreateCampaignBody; context: CommandContext },
): Promise<{ position: number; waves: string[] }> {
  const campaign = campaignOf(input.body);
  const categories = deps.catalog.categories.map((c) => c.name);
  const topics = deps.catalog.topics.map((t) => t.name);
  const problems = validateCampaign(campaign, { nowMs: input.context.now.getTime(), categories, topics });
  if (problems.length > 0)
    throw new HttpProblem(
      422,
      'invalid-campaign',
      'The campaign is not valid',
      problems.map((p) => `${p.pointer} ${p.message}`).join('; '),
      { problems },
    );
  for (const variant of input.body.variants)
    await checkNotificationRequest(deps, {
      notificationId: input.campaignId,
      sender: { type: 'campaign', campaignId: input.campaignId },
      body: {
        audience: input.body.audience,
        ...(variant.template ? { template: variant.template } : {}),
        ...(variant.title !== undefined ? { title: variant.title } : {}),
        ...(variant.body !== undefined ? { body: variant.body } : {}),
        category: input.body.category,
        payload: variant.payload,
        data: input.body.data,
        silent: false,
        inbox: input.body.inbox,
      },
    }).catch((error: unknown) => {
      if (error instanceof HttpProblem)
        throw new HttpProblem(
          error.status,
          error.slug,
          error.title,
          `Variant ${variant.name}: ${error.detail}`,
          error.extensions,
        );
      throw error;
    });
  const result = await handleCommand({
    store: deps.store,
    decider: campaignDecider,
    stream: streamName(CAMPAIGN_CATEGORY, input.campaignId),
    command: (metadata) => ({
      type: 'CreateCampaign' as const,
      data: { campaignId: input.campaignId, campaign, categories, topics },
      metadata,
    }),
    context: input.context,
  });
  return { position: result.position, waves: result.state.waves };
}
