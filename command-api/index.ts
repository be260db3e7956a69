import type { Express } from 'express';
import { createOpenApiRegistry, mountParts, type OpenAPIRegistry } from '../platform/http/index.js';
import type { FeatureModule } from '../features/index.js';
import type { CommandApiDeps } from './CommandApiDeps.js';
import { idempotencyGuard } from './idempotencyGuard.js';

export type { CommandApiDeps } from './CommandApiDeps.js';
export { commandContextFrom, signedInContext } from './commandContextFrom.js';

/**
 * The command side: every module's command routes (writes only, through the event store) and
 * their OpenAPI registry. `settings` is the loaded configuration, which holds each module's own.
 */
export function commandApi(
  deps: CommandApiDeps,
  modules: readonly FeatureModule[],
  settings: Record<string, unknown>,
): { registry: OpenAPIRegistry; mount(app: Express): void } {
  const registry = createOpenApiRegistry();
  const parts = modules.flatMap((module) => module.commands?.({ deps, registry, settings }) ?? []);
  const routes = parts.flatMap((part) => part.routes);
  const idempotency = idempotencyGuard({ cache: deps.cache, tokens: deps.tokens, secret: deps.codeSecret });
  const idempotent = [...new Set(routes.filter((r) => r.idempotent !== false).map((r) => r.path))];
  return {
    registry,
    mount(app) {
      mountParts(app, {
        guards: [
          ...idempotent.map((path) => ({ path, handlers: [idempotency] })),
          ...parts.flatMap((part) => part.guards ?? []),
        ],
        routes,
      });
    },
  };
}
export {
  EmailVerifiedAnswer,
  jsonAnswer,
  OnItsWayAnswer,
  PasswordChangedAnswer,
  PasswordResetAnswer,
  SentAnswer,
  ErasedAnswer,
  DeviceKeyAnswer,
  PasskeyAnswer,
  WebAuthnOptions,
} from './answerSchemas.js';
export { ifMatchVersion } from './ifMatchVersion.js';
export { idempotencyKeyOf } from './idempotencyGuard.js';
