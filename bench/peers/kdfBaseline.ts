import { randomBytes, scryptSync } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';

interface Bcrypt {
  hashSync(password: string, rounds: number): string;
}

/** bcrypt cost 10 hashes per second on one core, for each bcrypt Parse may load. */
export interface BcryptRates {
  /** @node-rs/bcrypt (native), which Parse Server's lib/password.js prefers when it is installed (an optional dependency). */
  native?: number;
  /** bcryptjs (JavaScript), its fallback. */
  js: number;
}

/** Runs `hash` back to back on this thread for `seconds`: hashes per second on one core. */
function perSecond(seconds: number, hash: () => void): number {
  const started = performance.now();
  let done = 0;
  while (performance.now() - started < seconds * 1000) {
    hash();
    done += 1;
  }
  return done / ((performance.now() - started) / 1000);
}

/** bcrypt at cost 10 with the modules Parse Server loads (from its cache folder), on one core. */
export function bcryptPerSecond(parseDir: string, seconds: number): BcryptRates {
  const requireFromParse = createRequire(join(parseDir, 'node_modules', 'parse-server', 'package.json'));
  const rate = (name: string) => {
    const bcrypt = requireFromParse(name) as Bcrypt;
    return perSecond(seconds, () => bcrypt.hashSync('benchmark password', 10));
  };
  let native: number | undefined;
  try {
    native = rate('@node-rs/bcrypt');
  } catch {
    native = undefined; // not installed: Parse runs bcryptjs
  }
  return { native, js: rate('bcryptjs') };
}

/** scrypt with Eventide's parameters (node:crypto, as platform/auth/passwordHasher.ts), on one core. */
export function scryptPerSecond(cost: { N: number; r: number; p: number }, seconds: number): number {
  const salt = randomBytes(16);
  const maxmem = 128 * cost.N * cost.r * cost.p + 8 * 1024 * 1024;
  return perSecond(seconds, () => scryptSync('benchmark password', salt, 32, { ...cost, maxmem }));
}
