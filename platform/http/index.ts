export { createHttpApp, type HttpAppOptions } from './createHttpApp.js';
export { HttpProblem, problems } from './HttpProblem.js';
export { toProblem, errorHandler, notFoundHandler } from './errorHandler.js';
export { createOpenApiRegistry, problemResponse, z, type OpenAPIRegistry } from './openapi.js';
export { validate } from './validate.js';
export { requestContext } from './requestContext.js';
export { rateLimit, byIp, byEmail, type RateLimitRule } from './rateLimit.js';
