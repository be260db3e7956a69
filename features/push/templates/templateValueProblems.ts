import { PROFILE_FIELDS, type PushTemplate } from '../../../domain/pushTemplate/index.js';
import type { TemplateValues } from './renderPushTemplate.js';

/**
 * What a send's values lack or get wrong for a template (for the send API, before it renders):
 * a declared parameter missing, of the wrong type, or a string longer than its `maxLength` (the
 * size check at save relied on it). Profile fields come from the profile and are not checked.
 */
export function templateValueProblems(template: PushTemplate, values: TemplateValues): string[] {
  const problems: string[] = [];
  for (const [name, parameter] of Object.entries(template.parameters)) {
    const value = values[name];
    if (value === undefined) problems.push(`${name}: missing`);
    else if (parameter.type === 'number' && typeof value !== 'number') problems.push(`${name}: not a number`);
    else if (
      parameter.type === 'date' &&
      !(value instanceof Date) &&
      !(typeof value === 'string' && !Number.isNaN(Date.parse(value)))
    )
      problems.push(`${name}: not a date (ISO 8601)`);
    else if (parameter.type === 'string' && (typeof value !== 'string' || value.length > parameter.maxLength))
      problems.push(`${name}: not a string of at most ${parameter.maxLength} characters`);
  }
  for (const name of Object.keys(values))
    if (!(name in template.parameters) && !(name in PROFILE_FIELDS))
      problems.push(`${name}: not a parameter`);
  return problems;
}
