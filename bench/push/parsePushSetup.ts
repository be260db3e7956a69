import type { Campaign } from '../../test/support/push/publishPushRequests.js';

/** What the Parse push process (parsePushSender.ts) is given, as a JSON file. */
export interface ParsePushSetup {
  apns: {
    address: string;
    port: number;
    caFile: string;
    key: string;
    keyId: string;
    teamId: string;
    bundleId: string;
  };
  fcm: {
    url: string;
    caFile: string;
    serviceAccount: { project_id: string; client_email: string; private_key: string };
  };
  campaign: Campaign;
  /** A JSON array of FanOutDevice. */
  devicesFile: string;
}
