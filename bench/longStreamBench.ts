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
 * Space streams driven by membership changes through the command core, on the Postgres store:
 * the median cost of the 10th command (one on each of 20 fresh streams) against the `total`th
 * to `total + 19`th on one long stream, with snapshots (the space decider keeps one every 100
 * events), then on the same long stream folded in full. A warm-up stream of 300 commands runs
 * first, so the 10th is not paying for a cold process.
 */
export async function longStreamBench(db: Database, total: number): Promise<Row[]> {
  const store = await PostgresEventStore.open(db);
  const snapshots = await PostgresSnapshotStore.open(db);
  let stream = '';
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
        ? { type: 'CreateSpace', data: { spaceId: stream, name: 'Bench' }, metadata }
        : {
            type: 'SetSpaceMember',
            data: { userId: 'u2', role: issued % 2 ? 'viewer' : 'editor' },
            metadata,
          };
    return handleCommand({ store, snapshots: using, decider: spaceDecider, stream, command: build, context });
  };
  const time = async (using: SnapshotStore | undefined) => {
    const started = performance.now();
    await command(using);
    return performance.now() - started;
  };
  const onStream = (name: string) => ([stream, issued] = [name, 0]);
  // Warm up (JIT, pool, caches) on another stream, so the 10th command is not a cold one.
  onStream('space-warm-up');
  while (issued < 300) await command(snapshots);
  // The 10th command, on each of SAMPLES fresh streams.
  const tenths: number[] = [];
  for (let s = 0; s < SAMPLES; s++) {
    onStream(`space-tenth-${s}`);
    while (issued < 9) await command(snapshots);
    tenths.push(await time(snapshots));
  }
  // The `total`th to `total + SAMPLES - 1`th on one long stream, then the same stream folded in full.
  onStream('space-long');
  while (issued < total - 1) await command(snapshots);
  const lates: number[] = [];
  for (let s = 0; s < SAMPLES; s++) lates.push(await time(snapshots));
  const fulls: number[] = [];
  for (let s = 0; s < SAMPLES; s++) fulls.push(await time(undefined));
  const [tenth, late, full] = [median(tenths), median(lates), median(fulls)];
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
