import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSigningKeys, TokenService } from '../platform/auth/index.js';
import type { Config } from './config.js';

/** CURSOR_SECRET, or (embedded) a secret generated once into DATA_DIR/keys. */
export function cursorSecret(config: Config): string {
  if (config.CURSOR_SECRET) return config.CURSOR_SECRET;
  const file = join(config.DATA_DIR, 'keys', 'cursor-secret');
  if (!existsSync(file)) {
    mkdirSync(join(config.DATA_DIR, 'keys'), { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

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
