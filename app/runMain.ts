import { ConfigError, loadConfig, requireForSplitProcess, type Config } from './config.js';
import type { RunningProcess } from './startProcess.js';
import { CollectionsError } from '../platform/collections/index.js';
import { DataDirError } from '../infra/dataDir/index.js';

/**
 * What every bin/ entry point does: load and check the configuration, start, and stop cleanly
 * on SIGTERM/SIGINT (drain HTTP, finish the projector batch in hand, release leases).
 */
export async function runMain(
  name: string,
  start: (config: Config) => Promise<RunningProcess>,
  required: (keyof Config)[] = [],
): Promise<void> {
  let running: RunningProcess | undefined;
  try {
    const config = loadConfig();
    if (required.length > 0) requireForSplitProcess(config, name, required);
    const started = performance.now();
    running = await start(config);
    running.logger.info({ ms: Math.round(performance.now() - started) }, `${name} ready at ${running.url}`);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof CollectionsError || error instanceof DataDirError) {
      console.error(error.message);
      process.exit(2);
    }
    console.error(`${name} failed to start:`, error);
    process.exit(1);
  }
  const process_ = running;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    process_.logger.info({ signal }, 'stopping');
    await process_.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('unhandledRejection', (reason) => {
    process_.logger.fatal({ err: reason }, 'unhandled rejection');
    process.exit(1);
  });
}
