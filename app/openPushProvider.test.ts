import { createPrivateKey, createPublicKey, randomBytes, randomUUID } from 'node:crypto';
import { testPrivateKey } from '../test/support/push/testKeys.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../infra/postgres/index.js';
import { aNotification } from '../infra/push/pushProviderContract.js';
import { templatedPglite } from '../test/support/pgliteTemplate.js';
import { startLocalApns } from '../test/support/push/localApns.js';
import { startLocalFcm, type LocalFcm } from '../test/support/push/localFcm.js';
import { loadConfig } from './config.js';
import { openPushProvider } from './openPushProvider.js';

const key = testPrivateKey;

describe('openPushProvider: the providers the configuration selects, by platform', () => {
  const dir = mkdtempSync(join(tmpdir(), 'eventide-push-'));
  let db: Database;
  let fcm: LocalFcm;
  const account = {
    project_id: 'eventide-test',
    client_email: 'push@eventide-test.iam.gserviceaccount.com',
    private_key: key('rsa'),
  };
  beforeAll(async () => {
    db = await templatedPglite();
    fcm = await startLocalFcm(account);
  });
  afterAll(async () => {
    await fcm.close();
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('when no credentials are set, every platform should be recorded in push_outbox', async () => {
    const provider = await openPushProvider(loadConfig({ DATA_DIR: dir }), db.knex);
    expect(provider.name).toBe('ios:recording,android:recording,web:recording');
    const n = aNotification({ platform: 'web', pushToken: 'laptop-token' });
    expect(await provider.send(n)).toMatchObject({ status: 'sent' });
    expect(await db.knex('push_outbox').where({ notification_id: n.id })).toHaveLength(1);
    await provider.close?.();
  });

  it('when APNs, FCM and VAPID credentials are set, each platform should go to its provider', async () => {
    const p8 = join(dir, 'AuthKey.p8');
    writeFileSync(p8, key('ec'));
    const ca = join(dir, 'fcm-ca.pem');
    writeFileSync(ca, fcm.ca);
    const config = loadConfig({
      DATA_DIR: dir,
      APNS_KEY_FILE: p8,
      APNS_KEY_ID: 'ABCDE12345',
      APNS_TEAM_ID: 'TEAM123456',
      APNS_BUNDLE_ID: 'com.example.app',
      FCM_SERVICE_ACCOUNT: JSON.stringify(account),
      FCM_TEST_ENDPOINT: fcm.url,
      FCM_TEST_CA_FILE: ca,
      VAPID_SUBJECT: 'mailto:ops@example.com',
    });
    const provider = await openPushProvider(config, db.knex);
    try {
      expect(provider.name).toBe('ios:apns,android:fcm,web:webpush');
      const android = aNotification({ platform: 'android', pushToken: `fcm-${randomUUID()}` });
      expect(await provider.send(android)).toMatchObject({ status: 'sent' });
      expect(fcm.delivered.map((d) => d.message.token)).toContain(android.pushToken);
      // Tokens the real providers refuse unsent, where the recording one would record them.
      const ios = aNotification({ platform: 'ios', pushToken: 'not-hex' });
      const web = aNotification({ platform: 'web', pushToken: 'not-a-subscription' });
      expect(await provider.send(ios)).toEqual({ status: 'invalid_token' });
      expect(await provider.send(web)).toEqual({ status: 'invalid_token' });
      expect(provider.nameFor?.(ios)).toBe('apns');
      expect(await db.knex('push_outbox').whereIn('notification_id', [android.id, ios.id, web.id])).toEqual(
        [],
      );
    } finally {
      await provider.close?.();
    }
  });

  it('when APNS_TEST_ENDPOINT and its CA are set, iOS pushes should go to that local APNs server', async () => {
    const pem = key('ec');
    const identity = { keyId: 'ABCDE12345', teamId: 'TEAM123456', bundleId: 'com.example.app' };
    const apns = await startLocalApns({ publicKey: createPublicKey(createPrivateKey(pem)), ...identity });
    const p8 = join(dir, 'LocalAuthKey.p8');
    writeFileSync(p8, pem);
    const ca = join(dir, 'apns-ca.pem');
    writeFileSync(ca, apns.ca);
    const config = loadConfig({
      DATA_DIR: dir,
      APNS_KEY_FILE: p8,
      APNS_KEY_ID: identity.keyId,
      APNS_TEAM_ID: identity.teamId,
      APNS_BUNDLE_ID: identity.bundleId,
      APNS_TEST_ENDPOINT: `https://${apns.address}:${apns.port}`,
      APNS_TEST_CA_FILE: ca,
    });
    const provider = await openPushProvider(config, db.knex);
    try {
      const ios = aNotification({ platform: 'ios', pushToken: randomBytes(32).toString('hex') });
      expect(await provider.send(ios)).toMatchObject({ status: 'sent' });
      expect(apns.delivered.map((d) => [d.token, d.payload.id])).toEqual([[ios.pushToken, ios.id]]);
    } finally {
      await provider.close?.();
      await apns.close();
    }
  });
});
