import { afterEach } from 'vitest';
import type { NetworkProxy } from './NetworkProxy.js';
import { sdkApps } from './sdkApps.js';

/**
 * SDK apps (see sdkApps) that reach the backend through the test's current NetworkProxy, with an
 * afterEach of the calling describe block that stops every app made and then that proxy.
 */
export function sdkAppsBehindProxy(backendUrl: () => string, proxy: () => NetworkProxy | undefined) {
  const apps = sdkApps(backendUrl, () => proxy()!.url);
  afterEach(async () => {
    apps.stopAll();
    await proxy()?.stop();
  });
  return apps;
}
