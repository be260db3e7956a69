import { createPrivateKey, createPublicKey } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalApns } from './localApns.js';
import { startLocalFcm, type FcmMessage } from './localFcm.js';
import { PushReceipts } from './PushReceipts.js';
import { testPrivateKey, testServiceAccount } from './testKeys.js';

/** The campaign a notification belongs to travels in its data under this key. */
export const CAMPAIGN_KEY = 'campaign';

/**
 * The campaign of an FCM message: in its `data`, or (Parse's Android payload) inside the JSON
 * string `android.data.data`.
 */
function campaignOf(message: FcmMessage): string {
  const direct = message.data?.[CAMPAIGN_KEY];
  if (direct !== undefined) return direct;
  const nested = (message.android as { data?: { data?: string } } | undefined)?.data?.data;
  try {
    return String((JSON.parse(nested ?? '{}') as Record<string, unknown>)[CAMPAIGN_KEY]);
  } catch {
    return 'undefined';
  }
}

export const APNS_IDENTITY = { keyId: 'BENCHKEY01', teamId: 'BENCHTEAM1', bundleId: 'com.example.eventide' };

export interface CountingPushServers {
  receipts: PushReceipts;
  /** A sender process's settings for these servers: the real APNS_* and FCM_* variables. */
  senderEnv: Record<string, string>;
  /** Where the servers are and the files holding their keys and CAs (for other clients). */
  apns: { address: string; port: number; caFile: string; keyFile: string; key: string };
  fcm: { url: string; caFile: string; serviceAccount: ReturnType<typeof testServiceAccount> };
  /** The process that hosts the servers, when it is not this one. */
  pid?: number;
  close(): Promise<void>;
}

/**
 * A local APNs and a local FCM server that keep nothing but counts (PushReceipts, per campaign and
 * device token), with a fresh .p8 key and service account written into a temporary folder.
 */
export async function startCountingPushServers(): Promise<CountingPushServers> {
  const receipts = new PushReceipts();
  const dir = mkdtempSync(join(tmpdir(), 'eventide-push-servers-'));
  const key = testPrivateKey('ec');
  const account = testServiceAccount();
  const apns = await startLocalApns({
    publicKey: createPublicKey(createPrivateKey(key)),
    ...APNS_IDENTITY,
    keep: false,
    onDelivery: (d) => {
      const payload = d.payload as typeof d.payload & Record<string, unknown>;
      const campaign = payload.data?.[CAMPAIGN_KEY] ?? String(payload[CAMPAIGN_KEY]);
      receipts.record(campaign, d.token, d.apnsId);
    },
  });
  const fcm = await startLocalFcm(account, {
    keep: false,
    onDelivery: ({ message }) =>
      receipts.record(campaignOf(message), message.token, message.android?.notification?.tag ?? ''),
  });
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const apnsCa = file('apns-ca.pem', apns.ca);
  const fcmCa = file('fcm-ca.pem', fcm.ca);
  const keyFile = file('AuthKey.p8', key);
  return {
    receipts,
    senderEnv: {
      APNS_KEY_FILE: keyFile,
      APNS_KEY_ID: APNS_IDENTITY.keyId,
      APNS_TEAM_ID: APNS_IDENTITY.teamId,
      APNS_BUNDLE_ID: APNS_IDENTITY.bundleId,
      APNS_TEST_ENDPOINT: `https://${apns.address}:${apns.port}`,
      APNS_TEST_CA_FILE: apnsCa,
      FCM_SERVICE_ACCOUNT: JSON.stringify(account),
      FCM_TEST_ENDPOINT: fcm.url,
      FCM_TEST_CA_FILE: fcmCa,
    },
    apns: { address: apns.address, port: apns.port, caFile: apnsCa, keyFile, key },
    fcm: { url: fcm.url, caFile: fcmCa, serviceAccount: account },
    async close() {
      await Promise.all([apns.close(), fcm.close()]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
