import { randomUUID } from 'node:crypto';
import { handleCommand, type CommandContext } from '../core/index.js';
import { spaceDecider, type SpaceCommand } from '../domain/space/index.js';
import { PostgresEventStore, PostgresSnapshotStore, type SnapshotStore } from '../infra/eventStore/index.js';
import type { Database } from '../infra/postgres/index.js';
import { fmt, type Row } from './report.js';

const owner = '00000000-0000-4000-8000-00000000b0b0';
const SAMPLES = 50;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Space streams driven by membership changes through the command core, on the Postgres store:
 * the median cost of the 10th command (one on each of 50 fresh streams) against the `total`th
 * to `total + 49`th on one long stream, interleaved, with snapshots (the space decider keeps one
 * every 20 events), then on the same long stream folded in full. A warm-up stream of 300 commands runs
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
  onStream('space-long');
  while (issued < total - 1) await command(snapshots);
  const long = { stream, issued };
  // Interleaved, so both see the same load on a shared machine: the 10th command on a fresh
  // stream, then the next command on the long stream (the `total`th, the `total + 1`th, …).
  const tenths: number[] = [];
  const lates: number[] = [];
  for (let s = 0; s < SAMPLES; s++) {
    onStream(`space-tenth-${s}`);
    while (issued < 9) await command(snapshots);
    tenths.push(await time(snapshots));
    [stream, issued] = [long.stream, long.issued];
    lates.push(await time(snapshots));
    long.issued = issued;
  }
  const fulls: number[] = [];
  for (let s = 0; s < SAMPLES; s++) fulls.push(await time(undefined));
  const [tenth, late, full] = [median(tenths), median(lates), median(fulls)];
  await store.close();
  const baseline = `10th command: ${fmt(tenth, 2)} ms`;
  return [
    {
      benchmark: `${fmt(total)}th command on one stream, snapshot every 20 (median of ${SAMPLES})`,
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
