import { IdentityProviders } from '../infra/identityProviders/index.js';
import type { Config } from './config.js';

const list = (value: string) =>
  value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

/** Each provider is on when its client id (Facebook: app id and secret) is configured. */
export function identityProviders(config: Config): IdentityProviders {
  return new IdentityProviders({
    ...(config.APPLE_CLIENT_IDS
      ? { apple: { clientIds: list(config.APPLE_CLIENT_IDS), jwksUrl: config.APPLE_JWKS_URL } }
      : {}),
    ...(config.GOOGLE_CLIENT_IDS
      ? { google: { clientIds: list(config.GOOGLE_CLIENT_IDS), jwksUrl: config.GOOGLE_JWKS_URL } }
      : {}),
    ...(config.FACEBOOK_APP_ID && config.FACEBOOK_APP_SECRET
      ? {
          facebook: {
            appId: config.FACEBOOK_APP_ID,
            appSecret: config.FACEBOOK_APP_SECRET,
            graphUrl: config.FACEBOOK_GRAPH_URL,
          },
        }
      : {}),
  });
}
