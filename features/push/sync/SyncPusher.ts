import type { Knex } from 'knex';
import type { Bus, Outbox } from '../../../infra/bus/index.js';
import type { ChangeSignal } from '../../../infra/changeSignal/index.js';
import type { Logger } from '../../../platform/observability/index.js';
import { activeTable } from '../../../projectors/runtime/index.js';
import { FEED_PULLS_TABLE } from '../../../query-api/index.js';
import { PUSH_REQUESTS_TOPIC, notifierProjection } from '../notifier/index.js';
import { SYNC_DEVICES_TABLE, ensureSyncPushSchema } from './syncPushSchema.js';
import { syncPushOf, type SyncTarget } from './syncPushOf.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** How often the devices removed (or erased with their user) are pruned, by the pusher's clock. */
const PRUNE_EVERY_MS = 600_000;

/**
 * While nothing is pending and nothing was announced, the timer's rounds are skipped (no query);
 * one runs anyway at least this often, for pending rows this process was not told of.
 */
export const SYNC_QUIET_ROUND_MS = 30_000;

/** How long a change waits before its first push, so a device that is online pulls it first. */
export const SYNC_SETTLE_MS = 3_000;

export interface SyncPusherDeps {
  knex: Knex;
  bus: Bus;
  /**
   * The bus's outbox where it lives in this database (the Postgres bus): the pushes are published
   * in the transaction that records them, exactly once. Without one (Kafka) they are published
   * before that commit.
   */
  outbox?: Outbox;
  /** Where feed changes are announced; none: changes come only through `note` (tests). */
  changeSignal?: ChangeSignal;
  /** PUSH_SYNC_INTERVAL_SECONDS: at most one sync push per device per interval (> 0). */
  intervalSeconds: number;
  logger: Logger;
  /** The clock, in ms (tests pass their own). */
  now?: () => number;
  settleMs?: number;
  /** How often `tick` runs on its own; 0: never (tests call it). */
  tickMs?: number;
  /** Sync pushes sent per tick, at most. */
  batchSize?: number;
  /** With a change signal: the longest a quiet process goes without a round (SYNC_QUIET_ROUND_MS). */
  quietRoundMs?: number;
}

interface DueRow {
  device_id: string;
  user_id: string;
  wanted_position: string | number;
  platform: SyncTarget['platform'];
  push_token: string;
  apns_environment: SyncTarget['apnsEnvironment'];
  apns_bundle_id: string | null;
}

/**
 * Silent pushes for background sync. When a user's feed changes at position P (the change signal
 * the projectors announce on), each of the user's active devices with a push target whose last
 * pull (`feed_pulls`, recorded by the query API) is behind P gets one silent push carrying P
 * (`{kind: 'sync', position}`, on the push requests topic, which the push sender delivers),
 * coalesced: at most one per device per interval, carrying the latest position when it goes. A
 * pull at or past the pending position cancels it. Every `tickMs` (default 1 s) a tick:
 * 1. notes the changes announced since the last tick on each device of the user
 *    (`push_sync_devices.wanted_position`, never lowered);
 * 2. settles what the devices have pulled since, and forgets devices removed or without a target;
 * 3. sends what is due: pending since `settleMs` (3 s) at least, so the device that made the
 *    change (it reads its writes) and devices long-polling pull first and are not woken, and no
 *    push to that device within the interval. The rows are locked (`skip locked`: any number of
 *    processes may run it); the pushes are published in the transaction that records them (the
 *    Postgres bus's outbox) or just before its commit (Kafka), where a crash between the two
 *    sends again with the same delivery key in the same window, which the sender's ledger drops.
 * Every ten minutes it prunes what it and the query API keep of devices removed or erased.
 * With a change signal, an idle process does not query every second: the timer skips its round
 * while the last round left nothing pending and nothing was announced since, and runs one at
 * least every `quietRoundMs` (30 s) for rows recorded by another process whose announcement this
 * one lost. A lost announcement makes the following rounds run until nothing is pending.
 * An announcement lost (the signal's `onLost`) is a sync push not sent: apps also pull when they
 * open. Sync pushes are not notifications: no inbox, no preferences, no caps.
 */
export class SyncPusher {
  private noted = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  private unsubscribe: (() => Promise<void>) | undefined;
  private running: Promise<unknown> = Promise.resolve();
  private lastPruneAt: number;
  /** Whether the last round left a device pending (or none has run yet): the timer must not skip. */
  private pending = true;
  private lastRoundAt = Number.NEGATIVE_INFINITY;
  private readonly now: () => number;
  private readonly intervalMs: number;

  constructor(private readonly deps: SyncPusherDeps) {
    if (!(deps.intervalSeconds > 0)) throw new Error('SyncPusher: the interval must be positive');
    this.now = deps.now ?? Date.now;
    this.lastPruneAt = this.now();
    this.intervalMs = deps.intervalSeconds * 1000;
  }

  static ensureSchema = ensureSyncPushSchema;

  async start(): Promise<void> {
    await ensureSyncPushSchema(this.deps.knex);
    this.unsubscribe = await this.deps.changeSignal?.subscribe(
      (userId, position) => this.note(userId, position),
      () => {
        this.pending = true;
        this.deps.logger.info('feed change announcements lost: some sync pushes may not be sent');
      },
    );
    const tickMs = this.deps.tickMs ?? 1000;
    if (tickMs > 0) {
      // A round still running when the next is due: that one is skipped, not queued.
      let busy = false;
      this.timer = setInterval(() => {
        if (busy || this.quiet()) return;
        busy = true;
        this.tick()
          .catch(() => undefined)
          .finally(() => (busy = false));
      }, tickMs);
      this.timer.unref();
    }
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.unsubscribe?.();
    await this.running;
  }

  /** That the user's feed changed at `position` (from the change signal). */
  note(userId: string, position: number): void {
    if (!UUID.test(userId) || !Number.isSafeInteger(position)) return;
    this.noted.set(userId, Math.max(position, this.noted.get(userId) ?? 0));
  }

  /**
   * Whether the timer may skip this round: announcements reach this process (a change signal),
   * nothing was announced since the last round, that round left nothing pending and ran less than
   * `quietRoundMs` ago.
   */
  private quiet(): boolean {
    return (
      this.deps.changeSignal !== undefined &&
      this.noted.size === 0 &&
      !this.pending &&
      this.now() - this.lastRoundAt < (this.deps.quietRoundMs ?? SYNC_QUIET_ROUND_MS)
    );
  }

  /** One round (one at a time): note, settle, send. Resolves to the number of pushes sent. */
  tick(): Promise<number> {
    const round = this.running.then(() => this.round());
    this.running = round.catch((error: unknown) =>
      this.deps.logger.warn({ err: error }, 'sync pushes failed; will retry'),
    );
    return round;
  }

  private async round(): Promise<number> {
    this.lastRoundAt = this.now();
    this.pending = true;
    const devices = await this.devicesTable();
    if (!devices) {
      this.pending = false; // what was noted waits in `noted`, which keeps the timer's rounds going
      return 0;
    }
    await this.recordNoted(devices);
    await this.settle(devices);
    if (this.now() - this.lastPruneAt >= PRUNE_EVERY_MS) {
      this.lastPruneAt = this.now();
      await this.prune(devices);
    }
    const sent = await this.sendDue(devices);
    this.pending = await this.anyPending();
    return sent;
  }

  /** Whether a device still waits for its push (settling, or within its interval). */
  private async anyPending(): Promise<boolean> {
    const s = SYNC_DEVICES_TABLE;
    const { rows } = await this.deps.knex.raw<{ rows: { pending: boolean }[] }>(
      `select exists (select 1 from ${s} where wanted_position > settled_position) as pending`,
    );
    return rows[0]?.pending === true;
  }

  /**
   * Forgets the sync state and the recorded pulls of devices removed, or gone with their erased
   * user (the notifier deletes those): every ten minutes.
   */
  async prune(devices?: string): Promise<void> {
    const table = devices ?? (await this.devicesTable());
    if (!table) return;
    for (const t of [SYNC_DEVICES_TABLE, FEED_PULLS_TABLE])
      await this.deps.knex.raw(
        `delete from ${t} where not exists (
           select 1 from ${table} d where d.device_id = ${t}.device_id and d.active)`,
      );
  }

  /** The notifier's table of devices and targets (its active version), before its first build none. */
  private devicesTable(): Promise<string | undefined> {
    return activeTable(this.deps.knex, notifierProjection.name, 'notifier_devices');
  }

  private async recordNoted(devices: string): Promise<void> {
    if (this.noted.size === 0) return;
    const batch = this.noted;
    this.noted = new Map();
    const s = SYNC_DEVICES_TABLE;
    try {
      await this.deps.knex.raw(
        `insert into ${s} (device_id, user_id, wanted_position, noted_at_ms)
         select d.device_id, d.user_id, c.position, ?
           from unnest(?::uuid[], ?::bigint[]) as c(user_id, position)
           join ${devices} d on d.user_id = c.user_id and d.active and d.push_token is not null
         on conflict (device_id) do update
           set wanted_position = excluded.wanted_position, user_id = excluded.user_id,
               noted_at_ms = case when ${s}.wanted_position <= ${s}.settled_position
                                  then excluded.noted_at_ms else ${s}.noted_at_ms end
         where excluded.wanted_position > ${s}.wanted_position`,
        [this.now(), [...batch.keys()], [...batch.values()]],
      );
    } catch (error) {
      for (const [userId, position] of batch) this.note(userId, position);
      throw error;
    }
  }

  /** Pending devices that pulled far enough are synced; removed or untargeted ones are forgotten. */
  private async settle(devices: string): Promise<void> {
    const s = SYNC_DEVICES_TABLE;
    await this.deps.knex.raw(
      `update ${s} set settled_position = ${s}.wanted_position
         from ${FEED_PULLS_TABLE} p
        where p.device_id = ${s}.device_id and ${s}.wanted_position > ${s}.settled_position
          and p.position >= ${s}.wanted_position`,
    );
    await this.deps.knex.raw(
      `delete from ${s} where wanted_position > settled_position and not exists (
         select 1 from ${devices} d
          where d.device_id = ${s}.device_id and d.active and d.push_token is not null)`,
    );
  }

  private async sendDue(devices: string): Promise<number> {
    const now = this.now();
    const s = SYNC_DEVICES_TABLE;
    return this.deps.knex.transaction(async (trx) => {
      const { rows } = await trx.raw<{ rows: DueRow[] }>(
        `select s.device_id, d.user_id, s.wanted_position, d.platform, d.push_token,
                d.apns_environment, d.apns_bundle_id
           from ${s} s
           join ${devices} d on d.device_id = s.device_id and d.active and d.push_token is not null
           left join ${FEED_PULLS_TABLE} p on p.device_id = s.device_id
          where s.wanted_position > s.settled_position
            and s.wanted_position > coalesce(p.position, 0)
            and s.noted_at_ms <= ?
            and (s.sent_at_ms is null or s.sent_at_ms <= ?)
          order by s.noted_at_ms
          limit ?
          for update of s skip locked`,
        [now - (this.deps.settleMs ?? SYNC_SETTLE_MS), now - this.intervalMs, this.deps.batchSize ?? 500],
      );
      if (rows.length === 0) return 0;
      const window = Math.floor(now / this.intervalMs);
      const pushes = rows.map((r) =>
        syncPushOf(
          {
            deviceId: r.device_id,
            userId: r.user_id,
            platform: r.platform,
            pushToken: r.push_token,
            apnsEnvironment: r.apns_environment,
            apnsBundleId: r.apns_bundle_id,
          },
          Number(r.wanted_position),
          window,
        ),
      );
      await trx.raw(
        `update ${s} set settled_position = u.position, sent_at_ms = ?
           from unnest(?::uuid[], ?::bigint[]) as u(device_id, position)
          where ${s}.device_id = u.device_id`,
        [now, rows.map((r) => r.device_id), rows.map((r) => String(r.wanted_position))],
      );
      const messages = pushes.map((p) => ({ key: p.deviceId, value: JSON.stringify(p) }));
      if (this.deps.outbox) await this.deps.outbox.publishWithin(trx, PUSH_REQUESTS_TOPIC, messages);
      else await this.deps.bus.publish(PUSH_REQUESTS_TOPIC, messages);
      return pushes.length;
    });
  }
}
