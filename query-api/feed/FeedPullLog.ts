import type { Knex } from 'knex';
import { withSchemaLock } from '../../infra/postgres/index.js';
import type { Logger } from '../../platform/observability/index.js';

/** Where each device last pulled its feed: one row per device (see FeedPullLog). */
export const FEED_PULLS_TABLE = 'feed_pulls';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Devices noted between two flushes, at most: past it the oldest note is flushed early. */
const MAX_PENDING = 50_000;

interface Pull {
  userId: string;
  position: number;
}

/**
 * Remembers, per device, the feed position its last pull reached (`feed_pulls`), for the silent
 * sync pushes (features/push/sync): a device whose pull is at or past a change is not woken for
 * it. A pull is the hottest read path, so `note` only sets a map entry; `flush` (every
 * `flushMs`, and at stop) writes what was noted in one statement. Positions only grow: two
 * query processes flushing out of order keep the higher. A crash loses at most the last
 * `flushMs` of notes, which costs at most one silent push each.
 */
export class FeedPullLog {
  private pending = new Map<string, Pull>();
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly knex: Knex,
    private readonly logger?: Logger,
    private readonly flushMs = 1000,
  ) {}

  static async ensureSchema(knex: Knex): Promise<void> {
    await withSchemaLock(knex, FEED_PULLS_TABLE, (trx) =>
      trx.raw(`create table if not exists ${FEED_PULLS_TABLE} (
        device_id uuid primary key, user_id uuid not null, position bigint not null,
        pulled_at timestamptz not null default now())`),
    );
  }

  async start(): Promise<void> {
    await FeedPullLog.ensureSchema(this.knex);
    this.timer = setInterval(() => void this.flush(), this.flushMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.flush();
  }

  /** That `deviceId` (of `userId`, from the access token) has its feed up to `position`. */
  note(deviceId: string | undefined, userId: string, position: number): void {
    if (deviceId === undefined || !UUID.test(deviceId) || !UUID.test(userId)) return;
    const known = this.pending.get(deviceId);
    if (known?.userId === userId && known.position >= position) return;
    this.pending.set(deviceId, { userId, position });
    if (this.pending.size > MAX_PENDING) void this.flush();
  }

  /** Writes what was noted since the last flush (one flush at a time); a failure keeps it for the next. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.write());
    return this.flushing;
  }

  private async write(): Promise<void> {
    if (this.pending.size === 0) return;
    const batch = this.pending;
    this.pending = new Map();
    const devices = [...batch.keys()];
    const pulls = [...batch.values()];
    try {
      await this.knex.raw(
        `insert into ${FEED_PULLS_TABLE} (device_id, user_id, position, pulled_at)
         select p.device_id, p.user_id, p.position, now()
           from unnest(?::uuid[], ?::uuid[], ?::bigint[]) as p(device_id, user_id, position)
         on conflict (device_id) do update
           set position = greatest(${FEED_PULLS_TABLE}.position, excluded.position),
               user_id = excluded.user_id, pulled_at = excluded.pulled_at`,
        [devices, pulls.map((p) => p.userId), pulls.map((p) => p.position)],
      );
    } catch (error) {
      // Kept for the next flush, unless newer notes replaced them meanwhile.
      for (const [device, pull] of batch) {
        const newer = this.pending.get(device);
        if (!newer || newer.position < pull.position) this.pending.set(device, pull);
      }
      this.logger?.warn({ err: error }, 'recording feed pulls failed; will retry');
    }
  }
}
