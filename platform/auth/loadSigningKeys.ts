import { createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { readOrCreateOnce } from '../files/index.js';
import { keyId, signingKeyFrom, type SigningKey } from './TokenService.js';

const pem = (value: string) => value.replace(/\\n/g, '\n');

/**
 * Keys from configuration: JWT_PRIVATE_KEY (PEM, signs and verifies), JWT_PUBLIC_KEYS (PEMs
 * separated by blank lines, verify only: old keys during rotation, or all keys of a query-only
 * process). With neither, a key is generated once into `generatedKeyFile` (embedded mode).
 */
export function loadSigningKeys(options: {
  privateKeyPem?: string;
  publicKeysPem?: string;
  generatedKeyFile?: string;
}): SigningKey[] {
  const keys: SigningKey[] = [];
  if (options.privateKeyPem) keys.push(signingKeyFrom(createPrivateKey(pem(options.privateKeyPem))));
  for (const block of pem(options.publicKeysPem ?? '')
    .split(/\n\s*\n/)
    .filter((b) => b.includes('BEGIN'))) {
    const publicKey = createPublicKey(block);
    const kid = keyId(publicKey);
    if (!keys.some((k) => k.kid === kid)) keys.push({ kid, publicKey });
  }
  if (keys.length === 0 && options.generatedKeyFile) {
    const made = readOrCreateOnce(options.generatedKeyFile, () => {
      const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
      return privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    });
    keys.push(signingKeyFrom(createPrivateKey(made)));
  }
  return keys;
}
