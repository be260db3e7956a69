import { fork } from 'node:child_process';
import type { CountingPushServers } from '../../test/support/push/countingPushServers.js';
import { PushReceipts } from '../../test/support/push/PushReceipts.js';

type Ready = Pick<CountingPushServers, 'senderEnv' | 'apns' | 'fcm'>;
type Message = { ready: Ready } | { receipts: [string, string, string, number][] };

/**
 * The counting APNs and FCM servers in a process of their own (pushServersProcess.ts), so their
 * TLS does not share the bench's process with Eventide's producer; their receipts are replayed
 * here, with the times the servers noted.
 */
export function startPushServersApart(): Promise<CountingPushServers> {
  const child = fork('bench/push/pushServersProcess.ts', [], { execArgv: ['--import', 'tsx'] });
  const receipts = new PushReceipts();
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the push servers' process exited (${code})`)));
    child.on('message', (message: Message) => {
      if ('receipts' in message) {
        for (const [notification, device, effect, at] of message.receipts)
          receipts.record(notification, device, effect, at);
        return;
      }
      resolve({
        ...message.ready,
        receipts,
        pid: child.pid!,
        close: () =>
          new Promise<void>((done) => {
            child.once('exit', () => done());
            child.disconnect();
          }),
      });
    });
  });
}
