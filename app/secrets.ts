import { createECDH, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { loadSigningKeys, TokenService } from '../platform/auth/index.js';
import { readOrCreateOnce } from '../platform/files/index.js';
import type { Config } from './config.js';

/** The configured secret, or (embedded) one generated once into DATA_DIR/keys/<name>. */
function secretOrGenerated(config: Config, configured: string | undefined, name: string): string {
  if (configured) return configured;
  const file = join(config.DATA_DIR, 'keys', name);
  return readOrCreateOnce(file, () => randomBytes(32).toString('base64url')).trim();
}

export const cursorSecret = (config: Config) =>
  secretOrGenerated(config, config.CURSOR_SECRET, 'cursor-secret');
export const refreshSecret = (config: Config) =>
  secretOrGenerated(config, config.REFRESH_TOKEN_SECRET, 'refresh-secret');
export const authCodeSecret = (config: Config) =>
  secretOrGenerated(config, config.AUTH_CODE_SECRET, 'auth-code-secret');

export const dataKeySecret = (config: Config) =>
  secretOrGenerated(config, config.DATA_KEY_SECRET, 'data-key-secret');

export function tokenService(config: Config): TokenService {
  const keys = loadSigningKeys({
    privateKeyPem: config.JWT_PRIVATE_KEY,
    publicKeysPem: config.JWT_PUBLIC_KEYS,
    generatedKeyFile: join(config.DATA_DIR, 'keys', 'jwt-es256.pem'),
  });
  return new TokenService(keys, {
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
    ttlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
  });
}

/**
 * The VAPID key pair (base64url, as web-push uses it): the configured one, or (embedded) one
 * generated once into DATA_DIR/keys/vapid.json, so browsers' subscriptions stay valid across restarts.
 */
export function vapidKeys(config: Config): { publicKey: string; privateKey: string } {
  if (config.VAPID_PUBLIC_KEY && config.VAPID_PRIVATE_KEY)
    return { publicKey: config.VAPID_PUBLIC_KEY, privateKey: config.VAPID_PRIVATE_KEY };
  const file = join(config.DATA_DIR, 'keys', 'vapid.json');
  const made = readOrCreateOnce(file, () => {
    const ecdh = createECDH('prime256v1');
    ecdh.generateKeys();
    // A private key with leading zero bytes comes back shorter: VAPID wants all 32.
    const privateKey = Buffer.concat([Buffer.alloc(32), ecdh.getPrivateKey()]).subarray(-32);
    return JSON.stringify({
      publicKey: ecdh.getPublicKey('base64url'),
      privateKey: privateKey.toString('base64url'),
    });
  });
  return JSON.parse(made) as { publicKey: string; privateKey: string };
}
