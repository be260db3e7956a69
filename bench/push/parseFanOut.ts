import { setTimeout as sleep } from 'node:timers/promises';
import type { CountingPushServers } from '../../test/support/push/countingPushServers.js';
import type { FanOutDevice } from '../../test/support/push/fanOutDevices.js';
import { epochNow, fanOutFigures, type FanOutFigures } from './fanOutFigures.js';
import { sampleCpu } from './sampleCpu.js';
import { sampleRss } from './sampleRss.js';
import { startParsePushSender } from './startParsePushSender.js';

/** The label of the ceiling's run (bareClientSender.ts). */
export const BARE_CLIENTS = 'Bare clients (ceiling)';
/** The label of the run of Eventide's providers alone (bareClientSender.ts with `providers`). */
export const OUR_PROVIDERS = 'Our providers alone';

/**
 * Parse Server's push adapter in its own process (parsePushSender.ts), handed the same campaign
 * and devices as installations in one `send(body, installations)`, as Parse Server's push
 * controller does with the installations a push query matched. The clock starts when it is told
 * to send. With `bare`, the ceiling instead: the client libraries of Eventide's providers alone
 * (bareClientSender.ts), `bare.concurrency` calls in flight, handed the same devices; with
 * `bare.providers`, Eventide's providers alone in the same way.
 */
export async function parseFanOut(
  servers: CountingPushServers,
  devices: readonly FanOutDevice[],
  bare?: { concurrency: number; providers?: boolean },
): Promise<FanOutFigures> {
  const { child, campaign, stop } = startParsePushSender(
    servers,
    devices,
    bare ? { entry: 'bench/push/bareClientSender.ts', ...bare } : {},
  );
  const label = bare ? (bare.providers ? OUR_PROVIDERS : BARE_CLIENTS) : 'Parse push adapter';
  try {
    await child.waitFor('ready', 120_000);
    servers.receipts.clear();
    const rss = sampleRss([child.process.pid!]);
    const cpu = sampleCpu([child.process.pid!], servers.pid);
    const t0 = epochNow();
    child.process.kill('SIGUSR2');
    await Promise.race([
      servers.receipts.waitForDistinct(devices.length),
      child.waitFor('"failed"', 24 * 3600_000).then(() => {
        if (!/"failed":0\b/.test(child.output())) throw new Error(child.output().slice(-2000));
      }),
    ]).catch((error: unknown) => console.error(`  ${label}: ${(error as Error).message}`));
    const cpuFigures = cpu.stop();
    await child.waitFor('"done"', 120_000).catch(() => undefined);
    await sleep(1000); // a repeat would arrive now
    const figures = fanOutFigures(
      label,
      campaign.notificationId,
      devices,
      servers.receipts,
      t0,
      () => t0,
      rss.stop(),
    );
    figures.cpu = cpuFigures;
    servers.receipts.clear();
    return figures;
  } finally {
    await stop();
  }
}
