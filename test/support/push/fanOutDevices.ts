import { createHash, randomUUID } from 'node:crypto';

/** One device of a fan-out: half iOS (a 32-byte hex APNs token), half Android (an FCM token). */
export interface FanOutDevice {
  deviceId: string;
  userId: string;
  platform: 'ios' | 'android';
  pushToken: string;
}

/**
 * `count` devices, alternately iOS and Android, each with its own user and a token unique to this
 * call (derived from the device id, so no two runs share one).
 */
export function fanOutDevices(count: number): FanOutDevice[] {
  const devices: FanOutDevice[] = [];
  for (let i = 0; i < count; i++) {
    const deviceId = randomUUID();
    const digest = createHash('sha256').update(deviceId).digest();
    const ios = i % 2 === 0;
    devices.push({
      deviceId,
      userId: randomUUID(),
      platform: ios ? 'ios' : 'android',
      pushToken: ios ? digest.toString('hex') : `fcm:${digest.toString('base64url')}`,
    });
  }
  return devices;
}

/** The delivery key of one notification to one device, as the sender's ledger keys it. */
export const deliveryKeyOf = (notificationId: string, deviceId: string) => `${notificationId}:${deviceId}`;
