import type { Child } from './childProcess.js';

/** Waits until a child backend answers /healthz; resolves to the milliseconds it took. */
export async function waitHealthy(child: Child, url: string, timeoutMs = 60_000): Promise<number> {
  const started = performance.now();
  for (;;) {
    if ((await fetch(`${url}/healthz`).catch(() => undefined))?.ok) return performance.now() - started;
    if (child.process.exitCode !== null) throw new Error(`exited early:\n${child.output()}`);
    if (performance.now() - started > timeoutMs)
      throw new Error(`not healthy in ${timeoutMs} ms:\n${child.output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Resolves to the child's exit code once it has exited (at once if it already has). */
export function exitOf(child: Child): Promise<number | null> {
  if (child.process.exitCode !== null || child.process.signalCode !== null)
    return Promise.resolve(child.process.exitCode);
  return new Promise((resolve) => child.process.once('exit', (code) => resolve(code)));
}
