import type { Cache } from '../cache/index.js';
import type { ChangeSignal, UserChange } from './ChangeSignal.js';
import { CHANGE_CHANNEL, decodeMessage, encodeChanges, LOST_MESSAGE } from './changeMessages.js';

/**
 * Changes over the cache's pub/sub: Redis pub/sub (every process connected to the server) when
 * the cache is Redis; this process only on the in-process cache.
 */
export class CacheChangeSignal implements ChangeSignal {
  readonly kind: 'redis' | 'memory';

  constructor(private readonly cache: Cache) {
    this.kind = cache.kind;
  }

  async publish(changes: readonly UserChange[]): Promise<void> {
    for (const message of encodeChanges(changes)) await this.cache.publish(CHANGE_CHANNEL, message);
  }

  async publishLost(): Promise<void> {
    await this.cache.publish(CHANGE_CHANNEL, LOST_MESSAGE);
  }

  subscribe(onChange: (userId: string, position: number) => void, onLost: () => void) {
    return this.cache.subscribe(
      CHANGE_CHANNEL,
      (message) => decodeMessage(message, onChange, onLost),
      onLost,
    );
  }
}
