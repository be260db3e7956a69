/** A server under test, in its own process, on its own fresh PostgreSQL database. */
export interface PeerServer {
  name: 'Parse' | 'Eventide';
  base: string;
  pid: number;
  databaseUrl: string;
  /** What the process printed so far (stdout and stderr). */
  output(): string;
  stop(): Promise<void>;
}

/** Polls `url` until it answers 2xx, or throws with the process's output after `timeoutMs`. */
export async function waitUntilUp(
  url: string,
  output: () => string,
  exited: () => boolean,
  timeoutMs = 60_000,
) {
  const started = performance.now();
  for (;;) {
    if ((await fetch(url).catch(() => undefined))?.ok) return;
    if (exited()) throw new Error(`the server exited before answering ${url}:\n${output()}`);
    if (performance.now() - started > timeoutMs) throw new Error(`${url} did not answer:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
