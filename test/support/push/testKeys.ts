import { generateKeyPairSync } from 'node:crypto';

/** A fresh private key in PKCS#8 PEM: P-256 (an APNs .p8, a VAPID key) or RSA 2048 (a Google service account). */
export function testPrivateKey(type: 'ec' | 'rsa'): string {
  const pair =
    type === 'ec'
      ? generateKeyPairSync('ec', { namedCurve: 'P-256' })
      : generateKeyPairSync('rsa', { modulusLength: 2048 });
  return pair.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
}

/** A Google service account of a test project, as FCM_SERVICE_ACCOUNT takes it, with a fresh key. */
export function testServiceAccount() {
  return {
    project_id: 'eventide-test',
    client_email: 'push@eventide-test.iam.gserviceaccount.com',
    private_key: testPrivateKey('rsa'),
  };
}
