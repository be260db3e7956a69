import { testPrivateKey } from '../test/support/push/testKeys.js';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import webPush from 'web-push';
import { loadConfig } from './config.js';
import { vapidKeys } from './secrets.js';
import { configErrorOf } from '../test/support/configErrorOf.js';

const dir = mkdtempSync(join(tmpdir(), 'eventide-push-settings-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const pem = testPrivateKey;
const p8 = file('AuthKey.p8', pem('ec'));
const apns = {
  APNS_KEY_FILE: p8,
  APNS_KEY_ID: 'ABCDE12345',
  APNS_TEAM_ID: 'TEAM123456',
  APNS_BUNDLE_ID: 'com.example.app',
};
const account = {
  type: 'service_account',
  project_id: 'p',
  client_email: 'push@p.iam.gserviceaccount.com',
  private_key: pem('rsa'),
};
const generated = webPush.generateVAPIDKeys();
const vapid = { VAPID_PUBLIC_KEY: generated.publicKey, VAPID_PRIVATE_KEY: generated.privateKey };

const errorOf = configErrorOf;

describe('push provider settings', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('when none is set, no provider should be configured and APNs should default to the sandbox', () => {
    const config = loadConfig({});
    expect(config.APNS_KEY_FILE).toBeUndefined();
    expect(config.FCM_SERVICE_ACCOUNT).toBeUndefined();
    expect(config.VAPID_SUBJECT).toBeUndefined();
    expect(config.APNS_PRODUCTION).toBe(false);
  });

  it('when the APNs settings are all good, the key should be loaded from its .p8 file', () => {
    const config = loadConfig({ ...apns, APNS_PRODUCTION: 'true' });
    expect(config.APNS_KEY_FILE).toBe(readFileSync(p8, 'utf8'));
    expect(config.APNS_PRODUCTION).toBe(true);
  });

  it('when an APNs value is bad, the error should name it and say what it must be', () => {
    expect(errorOf({ ...apns, APNS_KEY_FILE: file('rsa.p8', pem('rsa')) })).toMatch(
      /^ {2}APNS_KEY_FILE: .*rsa\.p8 is not an EC P-256 private key/m,
    );
    expect(errorOf({ ...apns, APNS_KEY_FILE: file('junk.p8', 'not a key') })).toMatch(
      /^ {2}APNS_KEY_FILE: .*not an EC P-256/m,
    );
    expect(errorOf({ ...apns, APNS_KEY_FILE: join(dir, 'missing.p8') })).toMatch(
      /^ {2}APNS_KEY_FILE: cannot read .*ENOENT/m,
    );
    expect(errorOf({ ...apns, APNS_KEY_ID: 'short' })).toMatch(/^ {2}APNS_KEY_ID: the 10-character key id/m);
    expect(errorOf({ ...apns, APNS_TEAM_ID: 'lowercase1' })).toMatch(
      /^ {2}APNS_TEAM_ID: the 10-character Apple team id/m,
    );
    expect(errorOf({ ...apns, APNS_BUNDLE_ID: 'app' })).toMatch(/^ {2}APNS_BUNDLE_ID: a bundle id/m);
    expect(errorOf({ ...apns, APNS_PRODUCTION: 'yes' })).toMatch(/^ {2}APNS_PRODUCTION: `true` or `false`/m);
    expect(errorOf({ APNS_KEY_FILE: p8 })).toMatch(/APNS_BUNDLE_ID: set all four or none/);
  });

  it('when the FCM service account is given as JSON or as a file, its fields should be read', () => {
    const expected = {
      project_id: 'p',
      client_email: account.client_email,
      private_key: account.private_key,
    };
    expect(loadConfig({ FCM_SERVICE_ACCOUNT: JSON.stringify(account) }).FCM_SERVICE_ACCOUNT).toEqual(
      expected,
    );
    expect(
      loadConfig({ FCM_SERVICE_ACCOUNT: file('sa.json', JSON.stringify(account)) }).FCM_SERVICE_ACCOUNT,
    ).toEqual(expected);
  });

  it('when the FCM service account is bad, the error should say what is wrong with it', () => {
    const { client_email: _, private_key: __, ...partial } = account;
    expect(errorOf({ FCM_SERVICE_ACCOUNT: JSON.stringify(partial) })).toMatch(
      /^ {2}FCM_SERVICE_ACCOUNT: the service account lacks client_email, private_key$/m,
    );
    expect(errorOf({ FCM_SERVICE_ACCOUNT: '{not json' })).toMatch(
      /^ {2}FCM_SERVICE_ACCOUNT: a service-account key file/m,
    );
    expect(errorOf({ FCM_SERVICE_ACCOUNT: join(dir, 'missing.json') })).toMatch(
      /^ {2}FCM_SERVICE_ACCOUNT: .*ENOENT/m,
    );
    expect(errorOf({ FCM_SERVICE_ACCOUNT: JSON.stringify({ ...account, private_key: pem('ec') }) })).toMatch(
      /^ {2}FCM_SERVICE_ACCOUNT: the service account private_key is not an RSA private key/m,
    );
    expect(errorOf({ FCM_TEST_ENDPOINT: 'https://127.0.0.1:9' })).toMatch(
      /FCM_TEST_ENDPOINT: needs FCM_TEST_CA_FILE/,
    );
    expect(errorOf({ FCM_TEST_CA_FILE: file('ca.pem', 'nothing') })).toMatch(
      /^ {2}FCM_TEST_CA_FILE: .*no PEM certificate/m,
    );
    expect(errorOf({ APNS_TEST_ENDPOINT: 'https://127.0.0.1:9' })).toMatch(
      /APNS_TEST_ENDPOINT: needs APNS_TEST_CA_FILE/,
    );
    expect(errorOf({ APNS_TEST_ENDPOINT: 'http://127.0.0.1:9' })).toMatch(/^ {2}APNS_TEST_ENDPOINT: /m);
    expect(errorOf({ APNS_TEST_CA_FILE: file('apns-ca.pem', 'nothing') })).toMatch(
      /^ {2}APNS_TEST_CA_FILE: .*no PEM certificate/m,
    );
  });

  it('when the VAPID keys are good, they should be kept; a wrong length, a mismatched pair or no subject should be refused', () => {
    const subject = { VAPID_SUBJECT: 'mailto:ops@example.com' };
    expect(loadConfig({ ...vapid, ...subject })).toMatchObject({ ...vapid, ...subject });
    expect(errorOf({ ...vapid, ...subject, VAPID_PUBLIC_KEY: vapid.VAPID_PUBLIC_KEY.slice(0, 40) })).toMatch(
      /^ {2}VAPID_PUBLIC_KEY: an uncompressed P-256 public key: 65 bytes/m,
    );
    expect(errorOf({ ...vapid, ...subject, VAPID_PRIVATE_KEY: `${vapid.VAPID_PRIVATE_KEY}AAAA` })).toMatch(
      /^ {2}VAPID_PRIVATE_KEY: a P-256 private key: 32 bytes/m,
    );
    const other = webPush.generateVAPIDKeys();
    expect(errorOf({ ...vapid, ...subject, VAPID_PRIVATE_KEY: other.privateKey })).toMatch(
      /^ {2}VAPID_PRIVATE_KEY: not the private key of VAPID_PUBLIC_KEY$/m,
    );
    expect(errorOf({ ...vapid })).toMatch(/^ {2}VAPID_SUBJECT: required with VAPID keys/m);
    expect(errorOf({ VAPID_PUBLIC_KEY: vapid.VAPID_PUBLIC_KEY, ...subject })).toMatch(
      /VAPID_PRIVATE_KEY: set both or neither/,
    );
    expect(errorOf({ VAPID_SUBJECT: 'ops@example.com' })).toMatch(
      /^ {2}VAPID_SUBJECT: a mailto: address or an https: URL/m,
    );
  });

  it('when no VAPID keys are configured, a pair should be generated once into DATA_DIR and kept', () => {
    const config = loadConfig({ DATA_DIR: join(dir, 'data'), VAPID_SUBJECT: 'mailto:ops@example.com' });
    const first = vapidKeys(config);
    expect(Buffer.from(first.publicKey, 'base64url')).toHaveLength(65);
    expect(vapidKeys(config)).toEqual(first);
    expect(
      loadConfig({
        VAPID_PUBLIC_KEY: first.publicKey,
        VAPID_PRIVATE_KEY: first.privateKey,
        VAPID_SUBJECT: 'mailto:a@b.c',
      }),
    ).toBeTruthy();
    expect(vapidKeys(loadConfig({ ...vapid, VAPID_SUBJECT: 'mailto:a@b.c' }))).toEqual({
      publicKey: vapid.VAPID_PUBLIC_KEY,
      privateKey: vapid.VAPID_PRIVATE_KEY,
    });
  });
});
