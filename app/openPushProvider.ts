import type { Knex } from 'knex';
import {
  ApnsPushProvider,
  FcmPushProvider,
  RecordingPushProvider,
  RoutingPushProvider,
  WebPushProvider,
  type PushNotification,
  type PushProvider,
} from '../infra/push/index.js';
import type { Config } from './config.js';
import { vapidKeys } from './secrets.js';

/**
 * The push providers the configuration selects, behind one router by platform: APNs (ios) with
 * APNS_KEY_FILE and its ids, FCM (android) with FCM_SERVICE_ACCOUNT, Web Push (web) with
 * VAPID_SUBJECT (keys configured or generated into DATA_DIR); the recording provider for any
 * platform without. Each real provider loads its client library only here, when configured.
 */
export async function openPushProvider(config: Config, knex: Knex): Promise<PushProvider> {
  await RecordingPushProvider.ensureSchema(knex);
  const routes: Partial<Record<PushNotification['platform'], PushProvider>> = {};
  try {
    if (config.APNS_KEY_FILE && config.APNS_KEY_ID && config.APNS_TEAM_ID && config.APNS_BUNDLE_ID) {
      routes.ios = await ApnsPushProvider.open({
        key: config.APNS_KEY_FILE,
        keyId: config.APNS_KEY_ID,
        teamId: config.APNS_TEAM_ID,
        bundleId: config.APNS_BUNDLE_ID,
        production: config.APNS_PRODUCTION,
        ...(config.APNS_TEST_ENDPOINT && config.APNS_TEST_CA_FILE
          ? { server: apnsTestServer(config.APNS_TEST_ENDPOINT, config.APNS_TEST_CA_FILE) }
          : {}),
      });
    }
    if (config.FCM_SERVICE_ACCOUNT) {
      routes.android = await FcmPushProvider.open({
        serviceAccount: config.FCM_SERVICE_ACCOUNT,
        ...(config.FCM_TEST_ENDPOINT && config.FCM_TEST_CA_FILE
          ? { endpoint: { url: config.FCM_TEST_ENDPOINT, ca: config.FCM_TEST_CA_FILE } }
          : {}),
      });
    }
    if (config.VAPID_SUBJECT) {
      routes.web = await WebPushProvider.open({
        vapid: { ...vapidKeys(config), subject: config.VAPID_SUBJECT },
      });
    }
  } catch (error) {
    await Promise.all(Object.values(routes).map((p) => p.close?.()));
    throw error;
  }
  return new RoutingPushProvider(routes, new RecordingPushProvider(knex));
}

/** Tests and benchmarks only: the local APNs server APNS_TEST_ENDPOINT names, trusted through its CA. */
function apnsTestServer(endpoint: string, ca: string) {
  const url = new URL(endpoint);
  return { address: url.hostname.replace(/^\[|\]$/g, ''), port: Number(url.port || 443), ca };
}
