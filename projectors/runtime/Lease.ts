import type { Knex } from 'knex';

/**
 * Renews one owner's lease (bindings: ttl ms, projection, version, partition, owner) if it is still
 * theirs: a lease that lapsed during a long batch, which no other process took over, is still
 * this owner's, and its batch may commit (a takeover changes the owner; the row lock orders the two).
 */
const RENEW = `update projection_leases set expires_at = clock_timestamp() + ? * interval '1 millisecond'
  where projection = ? and version = ? and partition = ? and owner = ?
  returning owner`;

export class LeaseLostError extends Error {
  override readonly name = 'LeaseLostError';
}

/**
 * One owner per (projection, version, partition) at a time. The owner renews the lease on
 * every commit (fencing: a commit whose renewal fails rolls back) and on a timer while idle;
 * when the owner dies its lease expires and another process takes it over.
 */
export class Lease {
  constructor(
    private readonly knex: Knex,
    private readonly key: { projection: string; version: number; partition: number },
    readonly owner: string,
    private readonly ttlMs: number,
  ) {}

  /** True when this owner holds the lease after the call. */
  async acquire(): Promise<boolean> {
    const { projection, version, partition } = this.key;
    const result = await this.knex.raw<{ rows: unknown[] }>(
      `insert into projection_leases (projection, version, partition, owner, expires_at)
       values (?, ?, ?, ?, clock_timestamp() + ? * interval '1 millisecond')
       on conflict (projection, version, partition) do update
         set owner = excluded.owner, expires_at = excluded.expires_at
         where projection_leases.owner = excluded.owner or projection_leases.expires_at < clock_timestamp()
       returning owner`,
      [projection, version, partition, this.owner, this.ttlMs],
    );
    return result.rows.length === 1;
  }

  /**
   * Renews and moves the checkpoint to at least `position` in one statement, or throws
   * LeaseLostError and moves nothing: on its own (a batch with none of this partition's events),
   * or as the last statement of the transaction that wrote the batch (`trx`), which then commits
   * only if this owner still held the lease. Renewing last is as safe as renewing first: an owner
   * that took over meanwhile makes this statement fail and the batch roll back; one that tries
   * after it waits for the commit on the lease row and finds it renewed.
   */
  async advanceCheckpoint(position: number, trx: Knex | Knex.Transaction = this.knex): Promise<void> {
    const { projection, version, partition } = this.key;
    const result = await trx.raw<{ rows: unknown[] }>(
      `with renewed as (${RENEW})
       update projection_checkpoints set position = greatest(position, ?), updated_at = now()
        where projection = ? and version = ? and partition = ? and exists (select 1 from renewed)
       returning position`,
      [this.ttlMs, projection, version, partition, this.owner, position, projection, version, partition],
    );
    if (result.rows.length !== 1)
      throw new LeaseLostError(`Lost the lease on ${projection} v${version} #${partition}`);
  }

  async release(): Promise<void> {
    const { projection, version, partition } = this.key;
    await this.knex('projection_leases')
      .where({ projection, version, partition, owner: this.owner })
      .delete();
  }
}
