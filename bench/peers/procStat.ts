import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** CPU milliseconds (user + system) a process has used so far, from /proc/<pid>/stat. */
export function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND) * 1000;
}

/**
 * CPU milliseconds used so far by every `postgres` process on the machine (server and backends):
 * the database's share of a workload, machine-wide. A backend that exits takes its time with it.
 */
export function postgresCpuMs(): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() !== 'postgres') continue;
      total += cpuMs(Number(entry));
    } catch {
      // the process ended between the listing and the read
    }
  }
  return total;
}

/** Resident set size of a process in MB, from /proc/<pid>/status. */
export function rssMb(pid: number): number {
  const line = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(line?.[1] ?? 0) / 1024;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function quiet(read: () => number, busyMsPerHalfSecond: number, maxMs: number): Promise<void> {
  const started = performance.now();
  let before = read();
  while (performance.now() - started < maxMs) {
    await sleep(500);
    const now = read();
    if (now - before < busyMsPerHalfSecond) return;
    before = now;
  }
}

/**
 * Waits until the process has gone quiet (under 5% of a core over half a second, for at most a
 * minute), then PostgreSQL (under 10% of a core, for at most 5 s: it is shared with anything else
 * on the machine), so that work a round left behind (answers in flight, projections catching up,
 * the database writing) is done before the next round starts and counted in this one.
 */
export async function settle(pid: number): Promise<void> {
  await quiet(() => cpuMs(pid), 25, 60_000);
  await quiet(postgresCpuMs, 50, 5_000);
}
