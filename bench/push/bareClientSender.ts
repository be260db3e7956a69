// The ceiling of `npm run bench:push`, in its own process: the client libraries of Eventide's
// providers (@parse/node-apn's Provider, firebase-admin's messaging), configured as
// ApnsPushProvider and FcmPushProvider configure them, sending one campaign to the devices of
// PARSE_PUSH_SETUP (a JSON file) when told to (SIGUSR2): one client call per device, `concurrency`
// calls in flight (as the sender's PUSH_SEND_CONCURRENCY), and nothing else (no bus, no ledger, no
// database, no payload built per device). No sender built on these libraries sends faster here.
// With `providers` in the setup, Eventide's providers themselves (ApnsPushProvider, FcmPushProvider)
// instead of the bare clients, handed the push requests the producer would publish: the sender
// without its bus and ledger.
import { readFileSync } from 'node:fs';
import process from 'node:process';
import apn from '@parse/node-apn';
import { initializeApp } from 'firebase-admin/app';
import { getMessaging } from 'firebase-admin/messaging';
import { ApnsPushProvider, FcmPushProvider, localAgent, selfSignedFcmToken } from '../../infra/push/index.js';
import { pushRequestOf } from '../../test/support/push/publishPushRequests.js';
import { CAMPAIGN_KEY } from '../../test/support/push/countingPushServers.js';
import { fanOutDevices, type FanOutDevice } from '../../test/support/push/fanOutDevices.js';
import type { ParsePushSetup } from './parsePushSetup.js';

const setup = JSON.parse(readFileSync(process.env.PARSE_PUSH_SETUP!, 'utf8')) as ParsePushSetup;
const devices = JSON.parse(readFileSync(setup.devicesFile, 'utf8')) as FanOutDevice[];
const concurrency = setup.concurrency ?? 100;

// As ApnsPushProvider.open: token auth, no retries by the library, the local server and its CA.
const apns = new apn.Provider({
  token: { key: setup.apns.key, keyId: setup.apns.keyId, teamId: setup.apns.teamId },
  production: false,
  connectionRetryLimit: 0,
  address: setup.apns.address,
  port: setup.apns.port,
  ca: [readFileSync(setup.apns.caFile, 'utf8')],
});
// As FcmPushProvider.open with a test endpoint: HTTP/1.1 over a keep-alive agent to the local
// server, a self-signed access token.
const account = setup.fcm.serviceAccount;
const app = initializeApp(
  {
    credential: {
      getAccessToken: () => Promise.resolve({ access_token: selfSignedFcmToken(account), expires_in: 3600 }),
    },
    projectId: account.project_id,
    httpAgent: localAgent({ url: setup.fcm.url, ca: readFileSync(setup.fcm.caFile, 'utf8') }),
  },
  'bare-fcm',
);
const messaging = getMessaging(app);

const providers = setup.providers
  ? {
      ios: await ApnsPushProvider.open({
        ...setup.apns,
        production: false,
        server: { ...setup.apns, ca: readFileSync(setup.apns.caFile, 'utf8') },
      }),
      android: await FcmPushProvider.open({
        serviceAccount: account,
        endpoint: { url: setup.fcm.url, ca: readFileSync(setup.fcm.caFile, 'utf8') },
      }),
    }
  : undefined;

/** One push of `campaign` to one device: true when the server accepted it. */
async function sendOne(campaign: string, device: FanOutDevice): Promise<boolean> {
  if (providers) {
    const request = pushRequestOf(
      { ...setup.campaign, notificationId: campaign, data: { [CAMPAIGN_KEY]: campaign } },
      device,
    );
    return (await providers[device.platform].send(request)).status === 'sent';
  }
  const { title, body } = setup.campaign;
  const data = { [CAMPAIGN_KEY]: campaign };
  if (device.platform === 'android')
    return messaging.send({ token: device.pushToken, notification: { title, body }, data }).then(
      () => true,
      () => false,
    );
  const note = new apn.Notification();
  note.topic = setup.apns.bundleId;
  note.pushType = 'alert';
  note.priority = 10;
  note.rawPayload = { aps: { alert: { title, body } }, data };
  const { sent } = await apns.send(note, device.pushToken);
  return sent.length === 1;
}

/** Every device once, `concurrency` calls in flight; how many failed. */
async function sendAll(campaign: string, list: readonly FanOutDevice[]): Promise<number> {
  let next = 0;
  let failed = 0;
  const worker = async () => {
    while (next < list.length) if (!(await sendOne(campaign, list[next++]!))) failed++;
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, list.length) }, worker));
  return failed;
}

// The sender's warm-up: 24 devices open the connections and sign the tokens before the clock starts.
await sendAll(`warm-up-${setup.campaign.notificationId}`, fanOutDevices(24));
let started = false;
process.on('SIGUSR2', () => {
  if (started) return;
  started = true;
  void sendAll(setup.campaign.notificationId, devices).then((failed) =>
    process.stdout.write(`${JSON.stringify({ done: devices.length, failed })}\n`),
  );
});
process.stdout.write('ready\n');
setInterval(() => undefined, 60_000);
