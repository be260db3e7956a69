import { cpuMs, postgresCpuMs, settle } from './procStat.js';
import { runLoad, type LoadOptions, type LoadRun } from './runLoad.js';

export interface MeasuredLoad {
  run: LoadRun;
  /** CPU the server process used from the start of the load until it went quiet again. */
  serverCpuMs: number;
  /** CPU every postgres process used over the same time (machine-wide). */
  postgresCpuMs: number;
  /** Objects the table gained over the same time (when counted). */
  created?: number;
}

/** Counts the objects a load creates: `perAnswer` per good answer are expected in `count()`. */
export interface ObjectCount {
  count: () => Promise<number>;
  perAnswer: number;
}

/**
 * A load against the server in process `pid`, started once it is quiet, with the CPU it cost up
 * to when it went quiet again (work left in flight or behind, such as projections, included) and,
 * if asked, the objects it created (waiting up to 10 s for a read model to show them all).
 */
export async function measuredLoad(
  pid: number,
  options: LoadOptions,
  objects?: ObjectCount,
): Promise<MeasuredLoad> {
  await settle(pid);
  const before = await objects?.count();
  const server0 = cpuMs(pid);
  const postgres0 = postgresCpuMs();
  const run = await runLoad(options);
  await settle(pid);
  const serverCpuMs = cpuMs(pid) - server0;
  const postgresMs = postgresCpuMs() - postgres0;
  let created: number | undefined;
  if (objects && before !== undefined) {
    const deadline = performance.now() + 10_000;
    created = (await objects.count()) - before;
    while (created < run.good * objects.perAnswer && performance.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      created = (await objects.count()) - before;
    }
  }
  return { run, serverCpuMs, postgresCpuMs: postgresMs, created };
}
