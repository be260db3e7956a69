import { spawn, type ChildProcess } from 'node:child_process';

export interface Child {
  process: ChildProcess;
  output(): string;
  waitFor(text: string, timeoutMs?: number): Promise<void>;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts a TypeScript entry point in a child process (through tsx) and collects its output. */
export function startChild(entry: string, env: Record<string, string>, args: string[] = []): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', entry, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    process: child,
    output: () => out,
    async waitFor(text, timeoutMs = 30_000) {
      const started = performance.now();
      while (!out.includes(text)) {
        if (child.exitCode !== null) throw new Error(`child exited before printing "${text}":\n${out}`);
        if (performance.now() - started > timeoutMs)
          throw new Error(`timed out waiting for "${text}":\n${out}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async kill(signal = 'SIGKILL') {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill(signal);
        await exited;
      }
    },
  };
}
