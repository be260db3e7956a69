import { startChild, type Child } from '../childProcess.js';

/**
 * A push sender as production runs one: `npm run start:projectors -- --only=push-sender` (the
 * compiled bin/projectors.ts), configured by `env` alone; resolves once it listens (LOG_LEVEL info at least: that log line) (its worker,
 * the bus consumer included, has started by then).
 */
export async function startPushSenderProcess(env: Record<string, string>): Promise<Child> {
  const child = startChild('bin/projectors.ts', { PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env }, [
    '--only=push-sender',
  ]);
  await child.waitFor('"listening"', 120_000);
  return child;
}
