import { spawn, type ChildProcess } from 'node:child_process';

export interface Child {
  process: ChildProcess;
  output(): string;
  waitFor(text: string, timeoutMs?: number): Promise<void>;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * How a child runs `entry`: an entry point in bin/ as production runs it, compiled in dist/ (built
 * once per test run by test/support/buildOnce.ts); a test's own helper script through tsx.
 */
function commandOf(entry: string): string[] {
  const compiled = /^bin\/(\w+)\.ts$/.exec(entry);
  return compiled ? ['--enable-source-maps', `dist/${compiled[1]}.js`] : ['--import', 'tsx', entry];
}

/** Starts an entry point in a child process and collects its output. */
export function startChild(
  entry: string,
  env: Record<string, string>,
  args: string[] = [],
  nodeArgs: string[] = [],
): Child {
  const child = spawn(process.execPath, [...nodeArgs, ...commandOf(entry), ...args], {
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
