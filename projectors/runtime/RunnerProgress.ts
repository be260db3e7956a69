import type { Knex } from 'knex';
import type { RecordedEvent } from '../../infra/eventStore/index.js';
import type { Logger, Metrics } from '../../platform/observability/index.js';
import { activeVersion, switchOverWhenCaughtUp } from './activeVersion.js';
import type { CheckpointWatch } from './CheckpointWatch.js';

export interface ProgressKey {
  projection: string;
  version: number;
  partition: number;
}

/**
 * What a runner knows of its own progress while it holds its lease: its checkpoint (read once
 * per lease, then kept from its own commits, as no one else may move it meanwhile), the lag
 * it reports, and the blue/green switch-over of its version (looked for until it is active).
 */
export class RunnerProgress {
  private checkpoint: number | undefined;
  private active = false;
  private readonly labels: { projection: string; version: string; partition: string };

  constructor(
    private readonly knex: Knex,
    private readonly key: ProgressKey,
    private readonly metrics: Metrics,
    private readonly logger: Logger,
    private readonly checkpoints?: CheckpointWatch,
  ) {
    this.labels = {
      projection: key.projection,
      version: String(key.version),
      partition: String(key.partition),
    };
  }

  async current(): Promise<number> {
    if (this.checkpoint === undefined) {
      const { projection, version, partition } = this.key;
      const row = await this.knex('projection_checkpoints')
        .where({ projection, version, partition })
        .first<{ position: number } | undefined>('position');
      this.checkpoint = Number(row?.position ?? 0);
    }
    return this.checkpoint;
  }

  /**
   * After a commit of this owner (or the log tail's move) that moved the checkpoint to at least
   * `position`: reads of this process waiting for a position look again.
   */
  committed(position: number): void {
    if (this.checkpoint !== undefined) this.checkpoint = Math.max(this.checkpoint, position);
    this.checkpoints?.advanced(this.key.projection);
  }

  /** The lease was lost or may have lapsed: another owner may have moved the checkpoint. */
  forget(): void {
    this.checkpoint = undefined;
  }

  reportLag(head: number, oldestUnprocessed: RecordedEvent | undefined): void {
    const checkpoint = this.checkpoint;
    if (checkpoint === undefined) return;
    this.metrics.projectionLagEvents.set(this.labels, Math.max(0, head - checkpoint));
    const seconds = oldestUnprocessed
      ? Math.max(0, (Date.now() - oldestUnprocessed.createdAt.getTime()) / 1000)
      : 0;
    this.metrics.projectionLagSeconds.set(this.labels, head > checkpoint ? seconds : 0);
  }

  /** Whether this version is known to be the active one. */
  get isActive(): boolean {
    return this.active;
  }

  /** Makes this version the active one once all its partitions reach `head`; then stops looking. */
  async switchOver(head: number): Promise<void> {
    if (this.active) return;
    const { projection, version } = this.key;
    if (await switchOverWhenCaughtUp(this.knex, projection, version, head)) {
      this.logger.info({ projection, version }, 'projection version is now active');
      this.active = true;
      return;
    }
    this.active = ((await activeVersion(this.knex, projection)) ?? -1) >= version;
  }
}
