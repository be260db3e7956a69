import { randomUUID } from 'node:crypto';
import { EventideClient, MemoryStorage, type ClientOptions } from '../../client/index.js';
import { FlakyNetwork } from './FlakyNetwork.js';

const PASSWORD = 'correct horse battery staple';

export interface SdkApp {
  app: EventideClient;
  network: FlakyNetwork;
  storage: MemoryStorage;
}

export interface SdkAppOptions {
  storage?: MemoryStorage;
  /** To the backend itself rather than through the test's proxy. */
  direct?: boolean;
  client?: Partial<ClientOptions>;
}

const device = () => ({
  installationId: randomUUID(),
  platform: 'android' as const,
  appVersion: '1.0.0',
  locale: 'en',
  timezone: 'UTC',
});

/**
 * SDK apps for end-to-end tests: each on its own storage and flaky fetch, talking to the
 * backend directly or through `viaUrl()` (a NetworkProxy), signed in from a device of its own.
 * `stopAll()` stops every app made (their loops, timers and sockets).
 */
export function sdkApps(backendUrl: () => string, viaUrl: () => string = backendUrl) {
  const made: EventideClient[] = [];
  const app = async (options: SdkAppOptions = {}): Promise<SdkApp> => {
    const network = new FlakyNetwork();
    const storage = options.storage ?? new MemoryStorage();
    const client = await new EventideClient({
      baseUrl: options.direct ? backendUrl() : viaUrl(),
      storage,
      clientId: `c${randomUUID().slice(0, 8)}`,
      fetch: network.fetch,
      ...options.client,
    }).open();
    made.push(client);
    return { app: client, network, storage };
  };
  return {
    app,
    /** A new user, signed up on a new app. */
    async account(options: SdkAppOptions = {}): Promise<SdkApp & { email: string; userId: string }> {
      const first = await app(options);
      const email = `${randomUUID()}@example.com`;
      await first.app.session.signUp({ email, password: PASSWORD, displayName: 'Ann', device: device() });
      return { ...first, email, userId: first.app.session.userId! };
    },
    /** Another app of the same user. */
    async sameUser(email: string, options: SdkAppOptions = {}): Promise<SdkApp> {
      const next = await app(options);
      await next.app.session.signInWithPassword({ email, password: PASSWORD, device: device() });
      return next;
    },
    stopAll() {
      for (const client of made.splice(0)) client.stop();
    },
  };
}
