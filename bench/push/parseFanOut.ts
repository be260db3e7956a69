import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { startChild } from '../../test/support/childProcess.js';
import { APNS_IDENTITY, type CountingPushServers } from '../../test/support/push/countingPushServers.js';
import type { FanOutDevice } from '../../test/support/push/fanOutDevices.js';
import { campaignOf } from './eventideFanOut.js';
import { epochNow, fanOutFigures, type FanOutFigures } from './fanOutFigures.js';
import type { ParsePushSetup } from './parsePushSetup.js';
import { sampleCpu } from './sampleCpu.js';
import { sampleRss } from './sampleRss.js';

/**
 * Parse Server's push adapter in its own process (parsePushSender.ts), handed the same campaign
 * and devices as installations in one `send(body, installations)`, as Parse Server's push
 * controller does with the installations a push query matched. The clock starts when it is told
 * to send.
 */
export async function parseFanOut(
  servers: CountingPushServers,
  devices: readonly FanOutDevice[],
): Promise<FanOutFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'push-bench-parse-'));
  const campaign = campaignOf(randomUUID());
  const setup: ParsePushSetup = {
    apns: {
      address: servers.apns.address,
      port: servers.apns.port,
      caFile: servers.apns.caFile,
      key: servers.apns.key,
      ...APNS_IDENTITY,
    },
    fcm: { url: servers.fcm.url, caFile: servers.fcm.caFile, serviceAccount: servers.fcm.serviceAccount },
    campaign,
    devicesFile: join(dir, 'devices.json'),
  };
  writeFileSync(setup.devicesFile, JSON.stringify(devices));
  writeFileSync(join(dir, 'setup.json'), JSON.stringify(setup));
  const child = startChild('bench/push/parsePushSender.ts', { PARSE_PUSH_SETUP: join(dir, 'setup.json') });
  try {
    await child.waitFor('ready', 120_000);
    servers.receipts.clear();
    const rss = sampleRss([child.process.pid!]);
    const cpu = sampleCpu([child.process.pid!]);
    const t0 = epochNow();
    child.process.kill('SIGUSR2');
    await Promise.race([
      servers.receipts.waitForDistinct(devices.length),
      child.waitFor('"failed"', 24 * 3600_000).then(() => {
        if (!/"failed":0\b/.test(child.output())) throw new Error(child.output().slice(-2000));
      }),
    ]).catch((error: unknown) => console.error(`  Parse: ${(error as Error).message}`));
    const cpuFigures = cpu.stop();
    await child.waitFor('"done"', 120_000).catch(() => undefined);
    await sleep(1000); // a repeat would arrive now
    const figures = fanOutFigures(
      'Parse push adapter',
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
    await child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
}
