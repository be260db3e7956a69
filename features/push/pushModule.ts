import { defineModule } from '../FeatureModule.js';
import { deadLetterRoutes } from './deadLetters/index.js';
import { notifierProjection } from './notifier/index.js';
import { pushDeliverySettings } from './pushDeliverySettings.js';
import { PushSender } from './sender/index.js';
import { invalidTokenReporter } from './invalidTokenReporter.js';
import { pushTemplatePersonalFields } from '../../domain/pushTemplate/index.js';
import { pushTemplatesProjection, templateCommandRoutes, templateQueryRoutes } from './templates/index.js';

/** Push notifications: what events notify whom (the notifier), templates, and the sender that delivers them. */
export const pushModule = defineModule({
  name: 'push',
  settings: pushDeliverySettings,
  commands: ({ deps, registry }) => ({
    routes: [{ path: '/v1/admin/push', handlers: [templateCommandRoutes(deps, registry)] }],
  }),
  queries: ({ deps, registry }) => ({
    routes: [
      {
        path: '/v1/admin/push',
        handlers: [templateQueryRoutes(deps, registry), deadLetterRoutes(deps, registry)],
      },
    ],
  }),
  projections: [notifierProjection, pushTemplatesProjection],
  personalFields: [pushTemplatePersonalFields],
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
  ],
});
