import { Router } from 'express';
import { byEmail, byIp, rateLimit } from '../../platform/http/index.js';
import type { Request } from 'express';
import type { CommandApiDeps } from '../../command-api/index.js';
import { deviceFingerprint, SignInDevice } from '../sessions/index.js';

/** The fingerprint of the device named in a sign-in body (an install hammering many accounts). */
const byFingerprint = (req: Request) => {
  const parsed = SignInDevice.safeParse((req.body as { device?: unknown } | undefined)?.device);
  return parsed.success ? deviceFingerprint(parsed.data) : undefined;
};

/**
 * An account as seen from one client (its device fingerprint, else its IP): a budget per account
 * that other clients cannot spend, so requests from an attacker never rate-limit the owner's phone.
 */
const byEmailAndClient = (req: Request) => {
  const email = byEmail(req);
  return email === undefined ? undefined : `${email}|${byFingerprint(req) ?? byIp(req)}`;
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * Limits on the endpoints attackers like, per IP, per account and per device fingerprint,
 * before the handlers run.
 * Repeated wrong passwords lock the account's sign-in separately (see authRoutes).
 */
export function authRateLimits(deps: CommandApiDeps): Router {
  const router = Router();
  const limit = (rules: Parameters<typeof rateLimit>[1]) =>
    rateLimit(deps.cache, rules, deps.rateLimitMultiplier);
  router.post(
    '/register',
    limit([
      { name: 'register-ip', limit: 20, windowMs: HOUR, key: byIp },
      { name: 'register-device', limit: 5, windowMs: HOUR, key: byFingerprint },
    ]),
  );
  router.post(
    '/login',
    limit([
      { name: 'login-ip', limit: 60, windowMs: MINUTE, key: byIp },
      { name: 'login-account-client', limit: 10, windowMs: MINUTE, key: byEmailAndClient },
      { name: 'login-device', limit: 20, windowMs: MINUTE, key: byFingerprint },
    ]),
  );
  router.post('/refresh', limit([{ name: 'refresh-ip', limit: 120, windowMs: MINUTE, key: byIp }]));
  router.post(
    '/password/forgot',
    limit([
      { name: 'forgot-ip', limit: 10, windowMs: HOUR, key: byIp },
      { name: 'forgot-account', limit: 3, windowMs: HOUR, key: byEmail },
    ]),
  );
  router.post('/password/reset', limit([{ name: 'reset-ip', limit: 20, windowMs: HOUR, key: byIp }]));
  router.post(
    '/email/verification',
    limit([{ name: 'verification-ip', limit: 10, windowMs: HOUR, key: byIp }]),
  );
  router.post(
    '/passwordless/start',
    limit([
      { name: 'otp-start-ip', limit: 10, windowMs: HOUR, key: byIp },
      { name: 'otp-start-account', limit: 5, windowMs: HOUR, key: byEmail },
    ]),
  );
  router.post(
    ['/passwordless/verify', '/passwordless/link', '/recovery'],
    limit([
      { name: 'otp-ip', limit: 30, windowMs: HOUR, key: byIp },
      { name: 'otp-account', limit: 10, windowMs: HOUR, key: byEmail },
      { name: 'otp-device', limit: 20, windowMs: HOUR, key: byFingerprint },
    ]),
  );
  router.post(
    ['/social/:provider', '/device-key/challenge', '/device-key/verify', '/passkeys/authentication'],
    limit([
      { name: 'signin-ip', limit: 60, windowMs: MINUTE, key: byIp },
      { name: 'signin-device', limit: 20, windowMs: MINUTE, key: byFingerprint },
    ]),
  );
  router.post('/email/verify', limit([{ name: 'verify-ip', limit: 30, windowMs: HOUR, key: byIp }]));
  return router;
}
