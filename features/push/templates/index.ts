export { templateCommandRoutes } from './templateCommandRoutes.js';
export { templateQueryRoutes } from './templateQueryRoutes.js';
export { pushTemplatesProjection } from './pushTemplatesProjection.js';
export { listPushTemplates, readPushTemplate, type StoredPushTemplate } from './readPushTemplates.js';
export { renderPushTemplate, type RenderedPush, type TemplateValues } from './renderPushTemplate.js';
export { templatePayloadProblems, type TemplatePayloadProblem } from './templatePayloadProblems.js';
export { templateValueProblems } from './templateValueProblems.js';
export { TemplatePayloadBody } from './templateSchemas.js';
