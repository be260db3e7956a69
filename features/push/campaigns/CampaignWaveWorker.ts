import type { Knex } from 'knex';
import type { Bus, BusConsumer } from '../../../infra/bus/index.js';
import { activeTable } from '../../../projectors/runtime/index.js';
import { Waiters } from '../../../platform/async/index.js';
import type { Logger } from '../../../platform/observability/index.js';
import { CAMPAIGN_SCHEDULE_TOPIC } from './campaignScheduleTopic.js';
import { CAMPAIGNS_PROJECTION } from './campaignsProjection.js';
import { runCampaignWave, type CampaignWaveDeps } from './runCampaignWave.js';

/** The longest an idle worker sleeps with no wave known to be coming and nothing announced. */
export const CAMPAIGN_IDLE_POLL_MS = 60_000;

/**
 * Looks `pollMs` apart after an announcement, before an idle sleep: on Kafka the projection
 * publishes just before its commit, so the first look may not see the row yet.
 */
const LOOKS_AFTER_ANNOUNCEMENT = 3;

export interface CampaignWaveWorkerDeps extends CampaignWaveDeps {
  knex: Knex;
  logger: Pick<Logger, 'warn'>;
  /**
   * How soon it looks again after starting waves, or after a failed look (PUSH_CAMPAIGN_POLL_MS):
   * the read model has moved on by then. Without a bus, how often it looks at all.
   */
  pollMs: number;
  /**
   * Where the campaigns projection announces new schedules (CAMPAIGN_SCHEDULE_TOPIC). With it, an
   * idle worker sleeps until the next wave it knows of, an announcement, or `idleMs`.
   */
  bus?: Bus;
  /** With a bus: the longest an idle sleep lasts (CAMPAIGN_IDLE_POLL_MS), a safety net. */
  idleMs?: number;
}

/** What one look found: the campaigns with a wave due (started now) and the next instant after. */
interface Look {
  due: number;
  /** The earliest wave instant still ahead of the clock, in ms; none: no campaign has one. */
  nextAt: number | undefined;
}

/**
 * Starts campaign waves when due: the campaigns whose `next_wave_at` has come (the campaigns read
 * model), each through runCampaignWave. Any number of processes may run it: a wave is started once
 * (the campaign decider, command ids derived from the campaign and wave) and its notifications
 * requested once (ids derived likewise); a second process, or this one before the read model moved
 * on, appends nothing. A failure is logged and retried at the next look.
 *
 * When it looks: with a bus, it sleeps until the earliest wave instant it read, or until the
 * campaigns projection announces a schedule written (a new campaign, a wave started), and at
 * most `idleMs`; after starting waves, and three times after an announcement, it looks again
 * `pollMs` later. An idle process thus reads nothing between waves. Without a bus, every `pollMs`.
 */
export class CampaignWaveWorker {
  private readonly stopping = new AbortController();
  private readonly wake = new Waiters();
  private loop: Promise<void> | undefined;
  private consumer: BusConsumer | undefined;
  /** An announcement came since the current look began: look again without sleeping. */
  private announced = false;
  /** Looks left at `pollMs` since the last announcement. */
  private eager = 0;

  constructor(private readonly deps: CampaignWaveWorkerDeps) {}

  /** One look: runs every due wave; answers how many campaigns it ran. */
  async runDue(limit = 100): Promise<number> {
    return (await this.look(limit)).due;
  }

  private async look(limit: number): Promise<Look> {
    const table = await activeTable(this.deps.knex, CAMPAIGNS_PROJECTION, 'campaigns');
    if (!table) return { due: 0, nextAt: undefined };
    // The due campaigns and the first one after them, in one read of the partial index.
    const rows = await this.deps
      .knex(table)
      .whereNotNull('next_wave_at')
      .orderBy('next_wave_at')
      .limit(limit + 1)
      .select<{ campaign_id: string; started: number; waves: string[]; next_wave_at: Date }[]>(
        'campaign_id',
        'started',
        'waves',
        'next_wave_at',
      );
    const now = this.deps.clock().getTime();
    const at = (row: { next_wave_at: Date | string }) => new Date(row.next_wave_at).getTime();
    const due = rows.filter((row) => at(row) <= now).slice(0, limit);
    const ahead = rows.find((row) => at(row) > now);
    for (const row of due) {
      // Every wave due by now: the latest one starts those before it in order.
      let wave = Number(row.started);
      while (wave + 1 < row.waves.length && Date.parse(row.waves[wave + 1]!) <= now) wave++;
      try {
        await runCampaignWave(this.deps, row.campaign_id, wave);
      } catch (error) {
        this.deps.logger.warn(
          { err: error, campaignId: row.campaign_id, wave },
          'campaign wave failed; will retry',
        );
      }
    }
    return { due: due.length, nextAt: ahead && at(ahead) };
  }

  async start(): Promise<void> {
    if (this.deps.bus)
      this.consumer = await this.deps.bus.consume(
        { group: 'push-campaigns', topics: [CAMPAIGN_SCHEDULE_TOPIC] },
        async () => {
          this.eager = LOOKS_AFTER_ANNOUNCEMENT;
          this.announced = true;
          this.wake.wakeAll();
        },
      );
    this.loop = this.run();
  }

  private async run(): Promise<void> {
    while (!this.stopping.signal.aborted) {
      this.announced = false;
      let delay = this.deps.pollMs;
      try {
        delay = this.sleepAfter(await this.look(100));
      } catch (error) {
        this.deps.logger.warn({ err: error }, 'campaign poll failed; will retry');
      }
      if (!this.announced) await this.wake.wait(delay, this.stopping.signal);
    }
  }

  /** How long to sleep after a look. */
  private sleepAfter({ due, nextAt }: Look): number {
    const { pollMs, bus, idleMs = CAMPAIGN_IDLE_POLL_MS } = this.deps;
    if (due > 0 || !bus) return pollMs;
    if (this.eager > 0) {
      this.eager--;
      return pollMs;
    }
    const untilNext = nextAt === undefined ? idleMs : nextAt - this.deps.clock().getTime();
    return Math.max(0, Math.min(untilNext, idleMs));
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    await this.consumer?.stop();
    await this.loop;
  }
}
