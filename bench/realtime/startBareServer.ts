import { startChild } from '../../test/support/childProcess.js';

/** The bare `ws` broadcast server (bareBroadcastServer.ts) in a child process, once it listens. */
export async function startBareServer() {
  const child = startChild('bench/realtime/bareBroadcastServer.ts', {});
  await child.waitFor('listening ');
  const port = /listening (\d+)/.exec(child.output())![1]!;
  return {
    base: `http://127.0.0.1:${port}`,
    pid: child.process.pid!,
    stop: () => child.kill('SIGTERM'),
  };
}
