import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startChild, type Child } from '../../test/support/childProcess.js';
import { APNS_IDENTITY, type CountingPushServers } from '../../test/support/push/countingPushServers.js';
import type { FanOutDevice } from '../../test/support/push/fanOutDevices.js';
import type { Campaign } from '../../test/support/push/publishPushRequests.js';
import { campaignOf } from './eventideFanOut.js';
import type { ParsePushSetup } from './parsePushSetup.js';

/** Parse's push adapter in its own process (parsePushSender.ts), set up for `devices`. */
export interface ParsePushSender {
  child: Child;
  campaign: Campaign;
  /** Kills the process and removes its files. */
  stop(): Promise<void>;
}

/**
 * Starts parsePushSender.ts (or `entry`, taking the same setup: bareClientSender.ts) against the local servers with a new campaign and `devices` (one
 * campaign to all, or one push per SIGUSR2 with `oneByOne`); it prints `ready` once set up.
 */
export function startParsePushSender(
  servers: CountingPushServers,
  devices: readonly FanOutDevice[],
  options: { oneByOne?: boolean; entry?: string; concurrency?: number; providers?: boolean } = {},
): ParsePushSender {
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
    ...(options.oneByOne ? { oneByOne: true } : {}),
    ...(options.concurrency ? { concurrency: options.concurrency } : {}),
    ...(options.providers ? { providers: true } : {}),
  };
  writeFileSync(setup.devicesFile, JSON.stringify(devices));
  writeFileSync(join(dir, 'setup.json'), JSON.stringify(setup));
  const child = startChild(options.entry ?? 'bench/push/parsePushSender.ts', {
    PARSE_PUSH_SETUP: join(dir, 'setup.json'),
  });
  return {
    child,
    campaign,
    stop: async () => {
      await child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
