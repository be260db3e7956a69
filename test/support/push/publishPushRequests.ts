import type { Bus } from '../../../infra/bus/index.js';
import type { PushNotification } from '../../../infra/push/index.js';
import { PUSH_REQUESTS_TOPIC } from '../../../features/push/notifier/index.js';
import { deliveryKeyOf, type FanOutDevice } from './fanOutDevices.js';

/** The campaign the benchmark and the exactly-once test send: one notification, every device. */
export interface Campaign {
  notificationId: string;
  title: string;
  body: string;
  data: Record<string, string>;
}

/** The push request of one device of the campaign, as the producer puts it on the bus. */
export function pushRequestOf(campaign: Campaign, device: FanOutDevice): PushNotification {
  return {
    id: deliveryKeyOf(campaign.notificationId, device.deviceId),
    deviceId: device.deviceId,
    userId: device.userId,
    platform: device.platform,
    pushToken: device.pushToken,
    kind: 'campaign',
    title: campaign.title,
    body: campaign.body,
    data: campaign.data,
  };
}

/**
 * THE PRODUCER: puts one push request per device on PUSH_REQUESTS_TOPIC, `pageSize` per publish
 * (as a fan-out worker pages an audience), keyed by device id like the notifier's, with the
 * delivery key `${notificationId}:${deviceId}`. `onPage` hears when each page is on the bus (the
 * start of its devices' latency). This stands in for a real send (POST /v1/notifications to a
 * topic and the fan-out worker): swap it for that once it exists, keeping the delivery keys.
 */
export async function publishPushRequests(
  bus: Bus,
  campaign: Campaign,
  devices: readonly FanOutDevice[],
  options: { pageSize?: number; onPage?: (devices: readonly FanOutDevice[], at: number) => void } = {},
): Promise<void> {
  const pageSize = options.pageSize ?? 500;
  for (let start = 0; start < devices.length; start += pageSize) {
    const page = devices.slice(start, start + pageSize);
    await bus.publish(
      PUSH_REQUESTS_TOPIC,
      page.map((device) => ({
        key: device.deviceId,
        value: JSON.stringify(pushRequestOf(campaign, device)),
      })),
    );
    options.onPage?.(page, performance.timeOrigin + performance.now());
  }
}
