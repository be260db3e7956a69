import type { Knex } from 'knex';
import type { Logger } from '../../../platform/observability/index.js';
import { pruneTombstones } from './pruneTombstones.js';

/** Prunes the feed's tombstones every `intervalMs`, forgetting those older than `retentionMs`. */
export function startTombstonePruner(options: {
  knex: Knex;
  retentionMs: number;
  intervalMs: number;
  logger: Logger;
}): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const prune = () => {
    running = pruneTombstones(options.knex, new Date(Date.now() - options.retentionMs))
      .then((pruned) => {
        if (pruned.documents + pruned.departures > 0) options.logger.info(pruned, 'feed tombstones pruned');
      })
      .catch((error: unknown) => options.logger.warn({ err: error }, 'pruning feed tombstones failed'));
  };
  const timer = setInterval(prune, options.intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
