import type { DomainCommand, DomainEvent, PersonalFields } from '../shared/index.js';
import type { PushTemplate } from './PushTemplate.js';

/** A template saved (created or replaced), whole; `by` is the admin. */
export type PushTemplateSaved = DomainEvent<'PushTemplateSaved', { template: PushTemplate; by: string }>;
export type PushTemplateDeleted = DomainEvent<'PushTemplateDeleted', { name: string; by: string }>;
export type PushTemplateEvent = PushTemplateSaved | PushTemplateDeleted;

/** The template comes checked (templateProblems is empty): the route refuses before deciding. */
export type SavePushTemplate = DomainCommand<'SavePushTemplate', { template: PushTemplate }>;
export type DeletePushTemplate = DomainCommand<'DeletePushTemplate', { name: string }>;
export type PushTemplateCommand = SavePushTemplate | DeletePushTemplate;

/** Templates hold no personal data: the admin's id only. */
export const pushTemplatePersonalFields = {
  PushTemplateSaved: [],
  PushTemplateDeleted: [],
} satisfies PersonalFields<PushTemplateEvent>;
