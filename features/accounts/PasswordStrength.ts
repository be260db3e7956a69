import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** What zxcvbn says of a password: its score (0 to 4) and its advice. */
export interface StrengthVerdict {
  score: number;
  feedback: { warning: string | null; suggestions: string[] };
}

/**
 * The worker's code (CommonJS, run with `eval`): zxcvbn with its common (breached passwords,
 * names) and English dictionaries, loaded from the paths the main thread resolved.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { zxcvbn, zxcvbnOptions } = require(workerData.core);
const common = require(workerData.common);
const en = require(workerData.en);
zxcvbnOptions.setOptions({
  dictionary: { ...common.dictionary, ...en.dictionary },
  graphs: common.adjacencyGraphs,
  translations: en.translations,
});
parentPort.on('message', ({ id, password, userInputs }) => {
  try {
    const { score, feedback } = zxcvbn(password, userInputs);
    parentPort.postMessage({ id, verdict: { score, feedback } });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error) });
  }
});
`;

type Answer = { id: number; verdict?: StrengthVerdict; error?: string };

/**
 * zxcvbn in a worker thread, started on the first check and ended after `idleMs` without one.
 * Its dictionaries cost about 50 MB once set up: a process that signs nobody up for a while
 * gives them back (a process that never sets a password never loads them), and a long password's
 * scoring (tens of milliseconds) does not hold up the event loop. The first check after an idle
 * spell waits for the worker to load them (a fraction of a second).
 */
type Waiter = { resolve: (verdict: StrengthVerdict) => void; reject: (error: Error) => void };

/** One worker and the checks it has not answered yet. */
interface Running {
  worker: Worker;
  pending: Map<number, Waiter>;
}

export class PasswordStrength {
  private current: Running | undefined;
  private nextId = 0;
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(private readonly idleMs = 60_000) {}

  /** Whether the worker (and its dictionaries) is alive now. */
  get running(): boolean {
    return this.current !== undefined;
  }

  check(password: string, userInputs: readonly string[]): Promise<StrengthVerdict> {
    const running = this.current ?? this.start();
    clearTimeout(this.idleTimer);
    const id = (this.nextId += 1);
    return new Promise<StrengthVerdict>((resolve, reject) => {
      running.pending.set(id, { resolve, reject });
      running.worker.postMessage({ id, password, userInputs: [...userInputs] });
    });
  }

  /** Ends the worker now (its pending checks fail). */
  async stop(): Promise<void> {
    clearTimeout(this.idleTimer);
    const running = this.current;
    this.current = undefined;
    await running?.worker.terminate();
  }

  private start(): Running {
    const resolve = createRequire(import.meta.url).resolve;
    const worker = new Worker(WORKER, {
      eval: true,
      workerData: {
        core: resolve('@zxcvbn-ts/core'),
        common: resolve('@zxcvbn-ts/language-common'),
        en: resolve('@zxcvbn-ts/language-en'),
      },
    });
    worker.unref();
    const running: Running = { worker, pending: new Map() };
    worker.on('message', (answer: Answer) => this.answered(running, answer));
    worker.on('error', (error) => this.failed(running, error));
    worker.on('exit', (code) => this.failed(running, new Error(`password strength worker exited (${code})`)));
    this.current = running;
    return running;
  }

  private answered(running: Running, { id, verdict, error }: Answer): void {
    const waiting = running.pending.get(id);
    running.pending.delete(id);
    if (verdict) waiting?.resolve(verdict);
    else waiting?.reject(new Error(error ?? 'no verdict'));
    if (running.pending.size === 0 && this.current === running) {
      this.idleTimer = setTimeout(() => void this.stop(), this.idleMs);
      this.idleTimer.unref();
    }
  }

  /** A worker died (or was ended): what it had not answered fails; the next check starts another. */
  private failed(running: Running, error: Error): void {
    if (this.current === running) this.current = undefined;
    for (const waiting of running.pending.values()) waiting.reject(error);
    running.pending.clear();
  }
}
