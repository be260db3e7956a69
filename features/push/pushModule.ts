import { defineModule } from '../FeatureModule.js';
import { deadLetterRoutes } from './deadLetters/index.js';
import { notifierProjection } from './notifier/index.js';
import { pushDeliverySettings } from './pushDeliverySettings.js';
import { PushSender } from './sender/index.js';
import { invalidTokenReporter } from './invalidTokenReporter.js';
import { pushTemplatePersonalFields } from '../../domain/pushTemplate/index.js';
import { campaignPersonalFields } from '../../domain/campaign/index.js';
import { pushTemplatesProjection, templateCommandRoutes, templateQueryRoutes } from './templates/index.js';
import {
  inboxPersonalFields,
  notificationPersonalFields,
  preferencesPersonalFields,
} from '../../domain/notification/index.js';
import { FanOutWorker } from './fanOut/index.js';
import {
  campaignCommandRoutes,
  campaignQueryRoutes,
  campaignsProjection,
  CampaignWaveWorker,
} from './campaigns/index.js';
import {
  deliveryRoutes,
  notificationCommandRoutes,
  notificationQueryRoutes,
  notificationsProjection,
} from './send/index.js';
import {
  preferencesCommandRoutes,
  preferencesFeedSource,
  preferencesProjection,
  preferencesQueryRoutes,
} from './preferences/index.js';
import { deviceTopicsRoutes, topicRoutes, topicSubscriptionsProjection } from './topics/index.js';
import { syncPushWorker } from './sync/index.js';
import { readChatUnreadCounts } from '../messaging/index.js';
import {
  inboxCommandRoutes,
  inboxProjection,
  inboxQueryRoutes,
  notificationBadgeFeedSource,
  notificationFeedSource,
  readReceiptCounts,
  readUnreadCounts,
} from './inbox/index.js';

const PREFERENCES_PATH = '/v1/me/notification-preferences';
const INBOX_PATH = '/v1/me/notifications';
const NOTIFICATIONS_PATH = '/v1/notifications';
const CAMPAIGNS_PATH = '/v1/admin/campaigns';

/**
 * Push notifications: what events notify whom (the notifier), templates, the sender that
 * delivers them, and the users' notification preferences and devices' topics (PUSH_TOPICS_FILE
 * declares the categories and topics).
 */
export const pushModule = defineModule({
  name: 'push',
  settings: pushDeliverySettings,
  personalFields: [
    preferencesPersonalFields,
    pushTemplatePersonalFields,
    notificationPersonalFields,
    inboxPersonalFields,
    campaignPersonalFields,
  ],
  commands: ({ deps, registry, settings }) => ({
    routes: [
      { path: '/v1/admin/push', handlers: [templateCommandRoutes(deps, registry)] },
      {
        path: PREFERENCES_PATH,
        handlers: [preferencesCommandRoutes(deps, registry, settings.PUSH_TOPICS_FILE)],
      },
      { path: '/v1/devices', handlers: [topicRoutes(deps, registry, settings.PUSH_TOPICS_FILE)] },
      { path: INBOX_PATH, handlers: [inboxCommandRoutes(deps, registry)] },
      {
        path: NOTIFICATIONS_PATH,
        handlers: [notificationCommandRoutes(deps, registry, settings.PUSH_TOPICS_FILE)],
      },
      {
        path: CAMPAIGNS_PATH,
        handlers: [campaignCommandRoutes(deps, registry, settings.PUSH_TOPICS_FILE)],
      },
    ],
  }),
  queries: ({ deps, registry, settings }) => ({
    routes: [
      {
        path: '/v1/admin/push',
        handlers: [
          templateQueryRoutes(deps, registry),
          deadLetterRoutes(deps, registry),
          deliveryRoutes(deps, registry),
        ],
      },
      {
        path: NOTIFICATIONS_PATH,
        handlers: [notificationQueryRoutes(deps, registry, (id) => readReceiptCounts(deps.db.knex, id))],
      },
      { path: '/v1/devices', handlers: [deviceTopicsRoutes(deps, registry)] },
      {
        path: PREFERENCES_PATH,
        handlers: [preferencesQueryRoutes(deps, registry, settings.PUSH_TOPICS_FILE)],
      },
      { path: INBOX_PATH, handlers: [inboxQueryRoutes(deps, registry)] },
      { path: CAMPAIGNS_PATH, handlers: [campaignQueryRoutes(deps, registry)] },
    ],
  }),
  projections: [
    notifierProjection,
    pushTemplatesProjection,
    preferencesProjection,
    topicSubscriptionsProjection,
    inboxProjection,
    notificationsProjection,
    campaignsProjection,
  ],

  feedSources: [preferencesFeedSource, notificationFeedSource, notificationBadgeFeedSource],
  workers: [
    {
      name: 'push-sender',
      async start(context) {
        await PushSender.ensureSchema(context.knex);
        const { settings } = context;
        const sender = new PushSender({
          bus: context.bus,
          knex: context.knex,
          provider: await context.pushProvider(),
          logger: context.logger,
          metrics: context.metrics,
          leaseMs: settings.PUSH_DELIVERY_LEASE_MS,
          sendConcurrency: settings.PUSH_SEND_CONCURRENCY,
          batchSize: settings.PUSH_SEND_BATCH_SIZE,
          retry: {
            maxAttempts: settings.PUSH_RETRY_MAX_ATTEMPTS,
            baseMs: settings.PUSH_RETRY_BASE_MS,
            maxDelayMs: settings.PUSH_RETRY_MAX_DELAY_MS,
          },
          breaker: {
            failures: settings.PUSH_BREAKER_FAILURES,
            coolDownMs: settings.PUSH_BREAKER_COOLDOWN_MS,
          },
          onInvalidToken: invalidTokenReporter({ store: context.store, logger: context.logger }),
        });
        await sender.start();
        return sender;
      },
    },
    syncPushWorker,
    {
      name: 'push-campaigns',
      async start(context) {
        const worker = new CampaignWaveWorker({
          store: context.store,
          knex: context.knex,
          bus: context.bus,
          clock: () => new Date(),
          logger: context.logger,
          pollMs: context.settings.PUSH_CAMPAIGN_POLL_MS,
        });
        await worker.start();
        return worker;
      },
    },
    {
      name: 'push-fanout',
      async start(context) {
        // The frequency caps read the sender's ledger, which may not exist yet.
        await PushSender.ensureSchema(context.knex);
        const worker = new FanOutWorker({
          store: context.store,
          ...(context.snapshots ? { snapshots: context.snapshots } : {}),
          knex: context.knex,
          bus: context.bus,
          scheduler: context.scheduler,
          catalog: context.settings.PUSH_TOPICS_FILE,
          pageSize: context.settings.PUSH_FANOUT_PAGE_SIZE,
          clock: () => new Date(),
          logger: context.logger,
          // The badge: unread inbox notifications plus unread chat messages (docs/messaging-push.md).
          unreadCounts: async (userIds, id) => {
            const [inbox, chat] = await Promise.all([
              readUnreadCounts(context.knex, userIds, id),
              readChatUnreadCounts(context.knex, userIds),
            ]);
            for (const [userId, unread] of chat) inbox.set(userId, (inbox.get(userId) ?? 0) + unread);
            return inbox;
          },
        });
        await worker.start();
        return worker;
      },
    },
  ],
});
