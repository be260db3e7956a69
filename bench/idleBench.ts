import { readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { fmt, type Row } from './report.js';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** CPU seconds (user + system) a process has used so far, from /proc. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

function rssMegabytes(pid: number): number {
  const line = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(line?.[1] ?? 0) / 1024;
}

/** The share of one core a process uses over `seconds` of doing nothing asked of it, and its RSS. */
export async function idleUse(pid: number, seconds: number): Promise<{ core: number; rssMb: number }> {
  const before = cpuSeconds(pid);
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  return { core: (cpuSeconds(pid) - before) / seconds, rssMb: rssMegabytes(pid) };
}

/** A bare Express "hello" in its own process: the baseline of an idle Node web process. */
export async function bareExpress(port: number): Promise<{ pid: number; stop(): Promise<void> }> {
  const child = spawn(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import express from 'express'; const app = express(); app.get('/', (_q, r) => r.send('hello')); app.listen(${port}, '127.0.0.1');`,
    ],
    { stdio: 'ignore' },
  );
  for (let i = 0; i < 100; i++) {
    if ((await fetch(`http://127.0.0.1:${port}/`).catch(() => undefined))?.ok) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    pid: child.pid!,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

/** The idle row: the all-in-one process after it settled, against a bare Express process. */
export function idleRow(
  label: string,
  measured: { core: number; rssMb: number },
  bare: { core: number; rssMb: number },
  seconds: number,
): Row {
  return {
    benchmark: `idle ${label} (${seconds} s after it settled)`,
    result: `${fmt(measured.core * 100, 2)}% of a core, RSS ${fmt(measured.rssMb)} MB`,
    baseline: `bare Express: ${fmt(bare.core * 100, 2)}%, RSS ${fmt(bare.rssMb)} MB`,
    ratio: `${fmt(measured.rssMb / bare.rssMb, 1)}× RSS`,
    goal: '< 1% of a core; RSS ≤ 150 MB',
  };
}
