import type { Knex } from 'knex';
import type { Bus, Outbox } from '../../infra/bus/index.js';
import { TransientError } from '../../platform/errors/index.js';
import type { ProjectionContext } from './Projection.js';

/**
 * A handler's `publish` inside `trx`: through the outbox when there is one (the messages exist
 * exactly when `trx` commits), else straight on the bus, before the commit (at least once). A
 * bus that refuses is an outage: the batch is retried, never parked.
 */
export function publisherWithin(
  trx: Knex.Transaction,
  { bus, outbox }: { bus: Bus; outbox?: Outbox },
): ProjectionContext['publish'] {
  return (topic, messages) =>
    outbox
      ? outbox.publishWithin(trx, topic, messages)
      : bus.publish(topic, messages).catch((cause: unknown) => {
          throw new TransientError(`publishing to ${topic} failed`, { cause });
        });
}
