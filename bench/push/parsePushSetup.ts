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
  /**
   * One push per SIGUSR2 instead of one campaign to all: the n-th (from 0) goes to device
   * n mod the number of devices, under campaign `${campaign.notificationId}:${n}`, after printing
   * `{"call":n,"at":<epoch ms>}`.
   */
  oneByOne?: boolean;
  /** The bare clients (bareClientSender.ts): calls in flight at once (default 100). */
  concurrency?: number;
  /** bareClientSender.ts: Eventide's providers instead of the bare clients. */
  providers?: boolean;
}
