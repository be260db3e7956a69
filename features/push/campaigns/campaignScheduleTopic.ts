/**
 * Where the campaigns projection announces that a campaign's next wave instant was written
 * (created, a wave started, cancelled): `{ campaignId }`, keyed by the campaign. The wave worker
 * listens, so an idle worker sleeps until its next known wave instead of polling the read model.
 */
export const CAMPAIGN_SCHEDULE_TOPIC = 'push.campaign-schedule';
