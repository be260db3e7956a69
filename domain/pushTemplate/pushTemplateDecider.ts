import { DomainError, eventTypesOf, sameJson, type Decider } from '../shared/index.js';
import { pushTemplatePersonalFields, type PushTemplateCommand, type PushTemplateEvent } from './events.js';
import type { PushTemplate } from './PushTemplate.js';
import { templateProblems } from './templateProblems.js';

export type PushTemplateState = { status: 'absent' } | { status: 'saved'; template: PushTemplate };

const same = (a: PushTemplate, b: PushTemplate) => sameJson(a, b);

/**
 * One template per stream (`pushTemplate-<name>`). Saving what is saved already is an idempotent
 * repeat (no event); a template with problems is refused (the route checks first, this is the
 * guard); deleting one that is not there is `not_found`.
 */
export const pushTemplateDecider: Decider<PushTemplateCommand, PushTemplateEvent, PushTemplateState> = {
  eventTypes: eventTypesOf(pushTemplatePersonalFields),
  initialState: () => ({ status: 'absent' }),
  evolve(state, event) {
    switch (event.type) {
      case 'PushTemplateSaved':
        return { status: 'saved', template: event.data.template };
      case 'PushTemplateDeleted':
        return { status: 'absent' };
      default:
        return state;
    }
  },
  decide(command, state) {
    const by = command.metadata.userId ?? '';
    switch (command.type) {
      case 'SavePushTemplate': {
        const { template } = command.data;
        const problems = templateProblems(template);
        if (problems.length > 0)
          throw new DomainError(
            'invalid',
            'template_invalid',
            problems.map((p) => `${p.path}: ${p.detail}`).join('; '),
          );
        if (state.status === 'saved' && same(state.template, template)) return [];
        return [{ type: 'PushTemplateSaved', data: { template, by } }];
      }
      case 'DeletePushTemplate':
        if (state.status === 'absent')
          throw new DomainError('not_found', 'template_not_found', `No push template ${command.data.name}`);
        return [{ type: 'PushTemplateDeleted', data: { name: command.data.name, by } }];
      default: {
        const never: never = command;
        return never;
      }
    }
  },
};
