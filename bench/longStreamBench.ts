import { randomUUID } from 'node:crypto';
import { handleCommand, type CommandContext } from '../core/index.js';
import { spaceDecider, type SpaceCommand } from '../domain/space/index.js';
import { PostgresEventStore, PostgresSnapshotStore, type SnapshotStore } from '../infra/eventStore/index.js';
import type { Database } from '../infra/postgres/index.js';
import { fmt, type Row } from './report.js';

const owner = '00000000-0000-4000-8000-00000000b0b0';
const SAMPLES = 20;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * One space stream driven by membership changes through the command core, on the Postgres store:
 * the median cost of the commands from the 10th and from the `total`th, with snapshots (the
 * space decider keeps one every 100 events), then the same long stream folded in full.
 */
export async function longStreamBench(db: Database, total: number): Promise<Row[]> {
  const store = await PostgresEventStore.open(db);
  const snapshots = await PostgresSnapshotStore.open(db);
  const stream = 'space-bench';
  let issued = 0;
  const command = (using: SnapshotStore | undefined) => {
    issued++;
    const context: CommandContext = {
      commandId: randomUUID(),
      correlationId: 'bench',
      userId: owner,
      now: new Date(),
    };
    const build = (metadata: SpaceCommand['metadata']): SpaceCommand =>
      issued === 1
        ? { type: 'CreateSpace', data: { spaceId: 'bench', name: 'Bench' }, metadata }
        : {
            type: 'SetSpaceMember',
            data: { userId: 'u2', role: issued % 2 ? 'viewer' : 'editor' },
            metadata,
          };
    return handleCommand({ store, snapshots: using, decider: spaceDecider, stream, command: build, context });
  };
  const timed = async (using: SnapshotStore | undefined) => {
    const times: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const started = performance.now();
      await command(using);
      times.push(performance.now() - started);
    }
    return median(times);
  };
  while (issued < 9) await command(snapshots);
  const tenth = await timed(snapshots);
  while (issued < total - 1) await command(snapshots);
  const late = await timed(snapshots);
  const full = await timed(undefined);
  await store.close();
  const baseline = `10th command: ${fmt(tenth, 2)} ms`;
  return [
    {
      benchmark: `${fmt(total)}th command on one stream, snapshot every 100 (median of ${SAMPLES})`,
      result: `${fmt(late, 2)} ms`,
      baseline,
      ratio: `${fmt(late / tenth, 2)}×`,
      goal: '≤ 2×',
    },
    {
      benchmark: `the same stream folded in full, no snapshot (median of ${SAMPLES})`,
      result: `${fmt(full, 2)} ms`,
      baseline,
      ratio: `${fmt(full / tenth, 2)}×`,
      goal: '—',
    },
  ];
}
