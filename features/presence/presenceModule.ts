import { presenceSettingsPersonalFields } from '../../domain/presence/index.js';
import { declareRateLimits } from '../../platform/http/index.js';
import { defineModule } from '../FeatureModule.js';
import { myPresenceRoutes, presenceQueryRoutes } from './presenceRoutes.js';
import { presenceSettings } from './presenceSettings.js';
import { typingRoutes } from './typingRoutes.js';

/**
 * Presence and typing (issue 13): ephemeral, in the cache with expiry, never in the event log;
 * only the choice to hide it is an event. See docs/presence.md.
 */
export const presenceModule = defineModule({
  name: 'presence',
  settings: presenceSettings,
  personalFields: [presenceSettingsPersonalFields],
  commands: ({ deps, registry, settings }) => {
    const times = {
      presenceTtlMs: settings.PRESENCE_TTL_SECONDS * 1000,
      typingTtlMs: settings.TYPING_TTL_SECONDS * 1000,
    };
    const typing = typingRoutes(deps, registry, times);
    declareRateLimits(registry, '/v1/conversations', typing);
    return {
      routes: [
        { path: '/v1/me/presence', handlers: [myPresenceRoutes(deps, registry, times)] },
        { path: '/v1/presence', handlers: [presenceQueryRoutes(deps, registry)], idempotent: false },
        { path: '/v1/conversations', handlers: [typing] },
      ],
    };
  },
});
