import type { Knex } from 'knex';
import { sleep } from '../../platform/async/index.js';

export interface LeaseKey {
  projection: string;
  version: number;
  partition: number;
}

const id = (key: LeaseKey) => `${key.projection}\u0000${key.version}\u0000${key.partition}`;

/**
 * Renews every lease one owner (a process) holds, in one statement a third of a lease apart,
 * so a process's idle runners write one renewal between them instead of one each. A lease is
 * renewed only while it has not lapsed, so a renewal here means it was held throughout; a
 * runner asks `renewedAt` before renewing its own, and renews it itself when this one is late
 * or missed it (a lease it has just taken over, or one this statement no longer finds).
 */
export class LeaseKeeper {
  private readonly renewed = new Map<string, number>();
  private readonly controller = new AbortController();
  private loop: Promise<void> | undefined;

  constructor(
    private readonly knex: Knex,
    private readonly owner: string,
    readonly ttlMs: number,
  ) {}

  /** When (performance.now()) the last renewal of `key` by this keeper was asked for. */
  renewedAt(key: LeaseKey): number {
    return this.renewed.get(id(key)) ?? -Infinity;
  }

  start(): void {
    this.loop ??= (async () => {
      while (!this.controller.signal.aborted) {
        await sleep(this.ttlMs / 3, this.controller.signal);
        if (this.controller.signal.aborted) break;
        // A failed renewal is left to the runners, which renew on their own when this is late.
        await this.renewAll().catch(() => undefined);
      }
    })();
  }

  async renewAll(): Promise<void> {
    const asked = performance.now();
    const result = await this.knex.raw<{ rows: LeaseKey[] }>(
      `update projection_leases set expires_at = clock_timestamp() + ? * interval '1 millisecond'
        where owner = ? and expires_at >= clock_timestamp()
       returning projection, version, partition`,
      [this.ttlMs, this.owner],
    );
    for (const row of result.rows) this.renewed.set(id(row), asked);
  }

  async stop(): Promise<void> {
    this.controller.abort();
    await this.loop;
  }
}
