// Parse Server's push adapter in its own process, for `npm run bench:push`: sends one campaign to
// the devices of PARSE_PUSH_SETUP (a JSON file) when told to (SIGUSR2), through
// `new ParsePushAdapter(config).send(body, installations)`, to the local APNs and FCM servers;
// with `oneByOne`, one push to one device per SIGUSR2 (the command → push baseline).
import http2 from 'node:http2';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import type * as FirebaseApp from 'firebase-admin/app';
import { selfSignedFcmToken } from '../../infra/push/index.js';
import { CAMPAIGN_KEY } from '../../test/support/push/countingPushServers.js';
import type { ParsePushSetup } from './parsePushSetup.js';

const setup = JSON.parse(readFileSync(process.env.PARSE_PUSH_SETUP!, 'utf8')) as ParsePushSetup;
const fcmCa = readFileSync(setup.fcm.caFile, 'utf8');

// firebase-admin's HTTP/2 transport (sendEachForMulticast, Parse's default) dials
// https://fcm.googleapis.com itself, with no agent to give it: that one host's sessions go to the
// local FCM server instead (its certificate names fcm.googleapis.com), everything else as asked.
const connect = http2.connect.bind(http2) as (...args: unknown[]) => http2.ClientHttp2Session;
(http2 as { connect: unknown }).connect = (authority: string | URL, ...rest: unknown[]) => {
  if (new URL(String(authority)).hostname !== 'fcm.googleapis.com') return connect(authority, ...rest);
  const [options, listener] = typeof rest[0] === 'function' ? [{}, rest[0]] : [rest[0] ?? {}, rest[1]];
  const session = connect(
    setup.fcm.url,
    { ...(options as object), ca: fcmCa, servername: 'fcm.googleapis.com' },
    ...(listener ? [listener] : []),
  );
  // firebase-admin sends `:scheme: https:` (a URL's protocol, colon included), which Google's
  // front ends take and Node's HTTP/2 server refuses as malformed: sent as `https`.
  const request = session.request.bind(session);
  session.request = (headers, ...more) =>
    request({ ...headers, ':scheme': String(headers?.[':scheme'] ?? 'https').replace(/:$/, '') }, ...more);
  return session;
};

// The adapter's own firebase-admin (a version of its choosing): its default app, made here with a
// self-signed access token instead of Google's OAuth server, is the one its FCM sender takes.
const adapterRequire = createRequire(createRequire(import.meta.url).resolve('@parse/push-adapter'));
const importNested = (name: string) => import(pathToFileURL(adapterRequire.resolve(name)).href);
const firebase = (await importNested('firebase-admin/app')) as typeof FirebaseApp;
const account = setup.fcm.serviceAccount;
firebase.initializeApp({
  projectId: account.project_id,
  credential: {
    getAccessToken: () => Promise.resolve({ access_token: selfSignedFcmToken(account), expires_in: 3600 }),
  },
});

const ADAPTER = '@parse/push-adapter'; // untyped: its shape as used here, below
const { default: ParsePushAdapter } = (await import(ADAPTER)) as {
  default: new (config: object) => {
    send(body: object, installations: object[]): Promise<{ transmitted: boolean; response?: unknown }[]>;
  };
};
const adapter = new ParsePushAdapter({
  ios: {
    token: { key: setup.apns.key, keyId: setup.apns.keyId, teamId: setup.apns.teamId },
    topic: setup.apns.bundleId,
    production: false,
    // Test-only options of @parse/node-apn's Provider: the local server and the CA it trusts.
    address: setup.apns.address,
    port: setup.apns.port,
    ca: [readFileSync(setup.apns.caFile, 'utf8')],
  },
  android: { firebaseServiceAccount: account },
});
const installations = (
  JSON.parse(readFileSync(setup.devicesFile, 'utf8')) as { platform: string; pushToken: string }[]
).map((d) =>
  d.platform === 'ios'
    ? { deviceType: 'ios', deviceToken: d.pushToken, appIdentifier: setup.apns.bundleId }
    : { deviceType: 'android', deviceToken: d.pushToken },
);
const body = {
  data: { title: setup.campaign.title, alert: setup.campaign.body, ...setup.campaign.data },
};

let calls = 0;
process.on('SIGUSR2', () => {
  if (!setup.oneByOne && calls > 0) return;
  const n = calls++;
  const one = setup.oneByOne
    ? {
        body: { data: { ...body.data, [CAMPAIGN_KEY]: `${setup.campaign.notificationId}:${n}` } },
        installations: [installations[n % installations.length]!],
      }
    : { body, installations };
  if (setup.oneByOne)
    process.stdout.write(`${JSON.stringify({ call: n, at: performance.timeOrigin + performance.now() })}\n`);
  void adapter.send(one.body, one.installations).then(
    (results) => {
      const failed = results.filter((r) => !r.transmitted);
      process.stdout.write(
        `${JSON.stringify({ done: results.length, failed: failed.length, firstFailure: failed[0]?.response })}\n`,
      );
    },
    (error: unknown) => process.stdout.write(`${JSON.stringify({ error: String(error) })}\n`),
  );
});
process.stdout.write('ready\n');
setInterval(() => undefined, 60_000);
