// The local APNs and FCM servers of `npm run bench:push -- --servers-apart`, in their own process
// (startPushServersApart): their settings go to the parent once, as an IPC message, then every
// receipt (campaign, token, effect, when) in batches every 10 ms.
import process from 'node:process';
import { startCountingPushServers } from '../../test/support/push/countingPushServers.js';

const servers = await startCountingPushServers();
let pending: [string, string, string, number][] = [];
const record = servers.receipts.record.bind(servers.receipts);
servers.receipts.record = (notification, device, effect, at = performance.timeOrigin + performance.now()) => {
  pending.push([notification, device, effect, at]);
  record(notification, device, effect, at);
};
setInterval(() => {
  if (pending.length === 0) return;
  process.send!({ receipts: pending });
  pending = [];
}, 10);
process.send!({ ready: { senderEnv: servers.senderEnv, apns: servers.apns, fcm: servers.fcm } });
process.on('disconnect', () => void servers.close().then(() => process.exit(0)));
