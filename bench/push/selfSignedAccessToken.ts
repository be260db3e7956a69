import { createSign } from 'node:crypto';

/**
 * A Google access token the service account signs itself (RS256, `aud` https://fcm.googleapis.com/),
 * as the local FCM server checks it, so no OAuth server is called.
 */
export function selfSignedAccessToken(account: { client_email: string; private_key: string }): string {
  const now = Math.floor(Date.now() / 1000);
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${encode({ alg: 'RS256', typ: 'JWT' })}.${encode({
    iss: account.client_email,
    sub: account.client_email,
    aud: 'https://fcm.googleapis.com/',
    iat: now,
    exp: now + 3600,
  })}`;
  return `${unsigned}.${createSign('RSA-SHA256').update(unsigned).sign(account.private_key, 'base64url')}`;
}
