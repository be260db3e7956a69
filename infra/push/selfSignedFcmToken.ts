import jwt from 'jsonwebtoken';

/**
 * A Google access token the service account signs itself (a self-signed JWT, RS256, audience the
 * FCM API), as Google accepts for its APIs and the local FCM server checks: no OAuth exchange.
 */
export function selfSignedFcmToken(account: { client_email: string; private_key: string }): string {
  return jwt.sign({}, account.private_key, {
    algorithm: 'RS256',
    issuer: account.client_email,
    subject: account.client_email,
    audience: 'https://fcm.googleapis.com/',
    expiresIn: 3600,
  });
}
