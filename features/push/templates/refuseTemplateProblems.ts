import { templateProblems, type PushTemplate } from '../../../domain/pushTemplate/index.js';
import { HttpProblem } from '../../../platform/http/index.js';
import { templatePayloadProblems } from './templatePayloadProblems.js';

/**
 * Throws a 422 Problem for a template that would fail at send: ICU syntax errors and undeclared
 * variables (`push-template-invalid`, each in `problems` with its path), else a payload over a
 * provider's limit (`push-payload-too-large`, each with the provider, the limit and the size).
 */
export function refuseTemplateProblems(template: PushTemplate): void {
  const problems = templateProblems(template);
  if (problems.length > 0)
    throw new HttpProblem(
      422,
      'push-template-invalid',
      'The template is not valid',
      problems.map((p) => `${p.path}: ${p.detail}`).join('; '),
      { problems },
    );
  const oversize = templatePayloadProblems(template);
  if (oversize.length > 0)
    throw new HttpProblem(
      422,
      'push-payload-too-large',
      'A notification from this template would not fit a provider',
      oversize.map((p) => `messages.${p.locale}: ${p.detail}`).join('; '),
      { problems: oversize },
    );
}
