import type { PushNotification, PushProvider, PushResult } from './PushProvider.js';

/**
 * One provider per platform (ios → APNs, android → FCM, web → Web Push), each falling back to
 * `fallback` (the recording provider) where its platform has none configured.
 */
export class RoutingPushProvider implements PushProvider {
  readonly name: string;

  constructor(
    private readonly routes: Partial<Record<PushNotification['platform'], PushProvider>>,
    private readonly fallback: PushProvider,
  ) {
    const platforms = ['ios', 'android', 'web'] as const;
    this.name = platforms.map((p) => `${p}:${this.providerFor(p).name}`).join(',');
  }

  nameFor(notification: PushNotification): string {
    return this.providerFor(notification.platform).name;
  }

  send(notification: PushNotification): Promise<PushResult> {
    return this.providerFor(notification.platform).send(notification);
  }

  async close(): Promise<void> {
    const providers = new Set([...Object.values(this.routes), this.fallback]);
    await Promise.all([...providers].map((p) => p.close?.()));
  }

  private providerFor(platform: PushNotification['platform']): PushProvider {
    return this.routes[platform] ?? this.fallback;
  }
}
