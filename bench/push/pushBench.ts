import { fanOutDevices } from '../../test/support/push/fanOutDevices.js';
import { startCountingPushServers } from '../../test/support/push/countingPushServers.js';
import { eventideFanOut } from './eventideFanOut.js';
import type { FanOutFigures } from './fanOutFigures.js';
import { parseFanOut } from './parseFanOut.js';

/**
 * One campaign to `devices` devices (half iOS, half Android) through the local APNs and FCM
 * servers: Eventide with one and with two sender processes, then Parse's push adapter; one
 * FanOutFigures per run, Parse's last. Needs bin/ compiled into dist/ (scripts/build.mjs).
 */
export async function pushBench(options: { devices: number; brokers: string }): Promise<FanOutFigures[]> {
  const servers = await startCountingPushServers();
  const devices = fanOutDevices(options.devices);
  const runs: FanOutFigures[] = [];
  try {
    for (const senders of [1, 2]) {
      console.log(`Push fan-out: Eventide, ${senders} sender(s), ${devices.length} devices…`);
      runs.push(await eventideFanOut(servers, devices, senders, options.brokers));
    }
    console.log(`Push fan-out: Parse push adapter, ${devices.length} devices…`);
    runs.push(await parseFanOut(servers, devices));
  } finally {
    await servers.close();
  }
  return runs;
}
