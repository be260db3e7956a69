export {
  PROFILE_FIELDS,
  TEMPLATE_NAME,
  type PushTemplate,
  type TemplateMessages,
  type TemplateParameter,
  type TemplatePayload,
} from './PushTemplate.js';
export type {
  DeletePushTemplate,
  PushTemplateCommand,
  PushTemplateDeleted,
  PushTemplateEvent,
  PushTemplateSaved,
  SavePushTemplate,
} from './events.js';
export { pushTemplatePersonalFields } from './events.js';
export { pushTemplateDecider, type PushTemplateState } from './pushTemplateDecider.js';
export { templateProblems, type TemplateProblem } from './templateProblems.js';
export { renderedBytesBound } from './renderedBytesBound.js';
export { localeChain } from './localeChain.js';

export const PUSH_TEMPLATE_CATEGORY = 'pushTemplate';
