export { installFastLane, type FastAnswer, type FastPath, type FastRequest } from './fastLane.js';
export { createHttpApp, type BodyRule, type HttpAppOptions } from './createHttpApp.js';
export { createOpsApp } from './createOpsApp.js';
export { HttpProblem, problems } from './HttpProblem.js';
export { toProblem, errorHandler, notFoundHandler } from './errorHandler.js';
export { createOpenApiRegistry, problemResponse, z, type OpenAPIRegistry } from './openapi.js';
export { validate } from './validate.js';
export { requestContext } from './requestContext.js';
export {
  rateLimit,
  byIp,
  byEmail,
  RATE_LIMIT_RULES,
  type RateLimitRule,
  type WindowCounters,
} from './rateLimit.js';
export { declareRateLimits } from './declareRateLimits.js';
export { connectionCapped, CONNECTION_CAP, type ConnectionCap } from './connectionCap.js';
export { NOT_A_COMMAND } from './openApiConventions.js';
export { routerRoutes, type RouterRoute } from './routerRoutes.js';
export { corsPolicy, CORS_ALLOWED_HEADERS, CORS_EXPOSED_HEADERS } from './corsPolicy.js';
export { securityHeaders, docsContentSecurityPolicy } from './securityHeaders.js';
export { noStore } from './noStore.js';
export { answerOptions, methodNotAllowed } from './methodNotAllowed.js';
export { routesMatching, type RouteMatch } from './routesMatching.js';
export { findPoisonStrings, isPoisonString, type PoisonString } from './findPoisonStrings.js';
export { assertNoPoisonStrings, rejectPoisonStrings, requireUtf8Body } from './rejectPoisonStrings.js';
export {
  bearerOpsAccess,
  mountOpsEndpoints,
  type OpsAccess,
  type OpsEndpointOptions,
} from './opsEndpoints.js';
export { mountParts, type Mount } from './mountParts.js';
export { attachUpgrades, type UpgradeMount } from './upgrades.js';
export { type RequestMount } from './requestMounts.js';
