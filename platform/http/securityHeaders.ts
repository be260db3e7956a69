import helmet from 'helmet';
import type { RequestHandler } from 'express';

export interface SecurityHeaderOptions {
  /** `Strict-Transport-Security` max-age; 0 sends none (plain HTTP, or TLS ends elsewhere and says so itself). */
  hstsMaxAgeSeconds: number;
  /** Whether other origins may embed responses (`Cross-Origin-Resource-Policy`): on when CORS is. */
  crossOrigin: boolean;
}

const LOCKED = { baseUri: ["'none'"], formAction: ["'none'"], frameAncestors: ["'none'"] };

/**
 * helmet's headers on every response, errors and 404s included: `nosniff`, `no-referrer`, no
 * framing, and a CSP that allows nothing (JSON and protobuf need none); HSTS only when asked.
 */
export function securityHeaders(options: SecurityHeaderOptions): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], ...LOCKED } },
    crossOriginResourcePolicy: { policy: options.crossOrigin ? 'cross-origin' : 'same-origin' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity:
      options.hstsMaxAgeSeconds > 0 ? { maxAge: options.hstsMaxAgeSeconds, includeSubDomains: false } : false,
    xFrameOptions: { action: 'deny' },
  });
}

/**
 * The CSP of `/docs`: Swagger UI loads its scripts and styles from this server (its init is a
 * file, not an inline script) but sets inline styles, shows `data:` icons and fetches
 * `/openapi.json`; nothing from elsewhere.
 */
export const docsContentSecurityPolicy: RequestHandler = helmet.contentSecurityPolicy({
  useDefaults: false,
  directives: {
    defaultSrc: ["'none'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    ...LOCKED,
  },
});
