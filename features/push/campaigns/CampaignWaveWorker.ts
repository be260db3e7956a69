import type { Knex } from 'knex';
import { activeTable } from '../../../projectors/runtime/index.js';
import type { Logger } from '../../../platform/observability/index.js';
import { CAMPAIGNS_PROJECTION } from './campaignsProjection.js';
import { runCampaignWave, type CampaignWaveDeps } from './runCampaignWave.js';

export interface CampaignWaveWorkerDeps extends CampaignWaveDeps {
  knex: Knex;
  logger: Pick<Logger, 'warn'>;
  /** How often the campaigns read model is polled for due waves (PUSH_CAMPAIGN_POLL_MS). */
  pollMs: number;
}

/**
 * Starts campaign waves when due: every `pollMs`, the campaigns whose `next_wave_at` has come
 * (the campaigns read model), each through runCampaignWave. Any number of processes may run it:
 * a wave is started once (the campaign decider, command ids derived from the campaign and wave)
 * and its notifications requested once (ids derived likewise); a second process, or this one
 * before the read model moved on, appends nothing. A failure is logged and retried next poll.
 */
export class CampaignWaveWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(private readonly deps: CampaignWaveWorkerDeps) {}

  /** One poll: runs every due wave; answers how many campaigns it ran. */
  async runDue(limit = 100): Promise<number> {
    const table = await activeTable(this.deps.knex, CAMPAIGNS_PROJECTION, 'campaigns');
    if (!table) return 0;
    const due = await this.deps
      .knex(table)
      .where('next_wave_at', '<=', this.deps.clock())
      .orderBy('next_wave_at')
      .limit(limit)
      .select<{ campaign_id: string; started: number; waves: string[] }[]>('campaign_id', 'started', 'waves');
    const now = this.deps.clock().getTime();
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
    return due.length;
  }

  start(): void {
    const tick = () => {
      if (this.stopped) return;
      this.running = this.runDue()
        .then(() => undefined)
        .catch((error: unknown) => this.deps.logger.warn({ err: error }, 'campaign poll failed; will retry'))
        .finally(() => {
          if (!this.stopped) this.timer = setTimeout(tick, this.deps.pollMs);
        });
    };
    tick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }
}
