import { defineModule } from '../FeatureModule.js';
import { notifierProjection } from './notifier/index.js';
import { PushSender } from './sender/index.js';
import { invalidTokenReporter } from './invalidTokenReporter.js';

/** Push notifications: what events notify whom (the notifier), and the sender that delivers them. */
export const pushModule = defineModule({
  name: 'push',
  projections: [notifierProjection],
  workers: [
    {
      name: 'push-sender',
      async start(context) {
        await PushSender.ensureSchema(context.knex);
        const sender = new PushSender({
          bus: context.bus,
          knex: context.knex,
          provider: await context.pushProvider(),
          logger: context.logger,
          metrics: context.metrics,
          onInvalidToken: invalidTokenReporter({ store: context.store, logger: context.logger }),
        });
        await sender.start();
        return sender;
      },
    },
  ],
});
