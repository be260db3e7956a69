import { messageArguments, type ArgumentUse } from './messageArguments.js';
import { parseMessage } from './parseMessage.js';
import { PROFILE_FIELDS, type PushTemplate, type TemplateParameter } from './PushTemplate.js';

/** What is wrong with a template, and where (`messages.pt-BR.body`, `defaultLocale`, …). */
export interface TemplateProblem {
  path: string;
  detail: string;
}

const PARAMETER_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** The kind of parameter each use needs: a plural or `number` a number, `date`/`time` a date. */
const NEEDS: Partial<Record<ArgumentUse, TemplateParameter['type']>> = {
  number: 'number',
  plural: 'number',
  date: 'date',
};

/**
 * Everything that would make a template fail at send, found when it is saved: an ICU syntax
 * error, a variable that is neither a profile field nor a declared parameter, a parameter used as
 * what it is not (a string in a plural), locales that are not canonical BCP 47 tags, a default
 * locale without messages. None: the empty list.
 */
export function templateProblems(template: PushTemplate): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  for (const name of Object.keys(template.parameters)) {
    if (!PARAMETER_NAME.test(name))
      problems.push({
        path: `parameters.${name}`,
        detail: 'a parameter name is a letter or _, then letters, digits or _',
      });
    if (name in PROFILE_FIELDS)
      problems.push({
        path: `parameters.${name}`,
        detail: `${name} is a profile field: it needs no declaring`,
      });
  }
  if (!(template.defaultLocale in template.messages))
    problems.push({
      path: 'defaultLocale',
      detail: `no messages for the default locale ${template.defaultLocale}`,
    });
  for (const [locale, messages] of Object.entries(template.messages)) {
    const canonical = canonicalLocale(locale);
    if (canonical !== locale)
      problems.push({
        path: `messages.${locale}`,
        detail: canonical ? `write the locale as ${canonical}` : `${locale} is not a BCP 47 locale tag`,
      });
    for (const field of ['title', 'body'] as const)
      problems.push(...messageProblems(messages[field], `messages.${locale}.${field}`, template.parameters));
  }
  return problems;
}

function messageProblems(
  message: string,
  path: string,
  parameters: PushTemplate['parameters'],
): TemplateProblem[] {
  const parsed = parseMessage(message);
  if ('error' in parsed)
    return [{ path, detail: `ICU syntax error ${parsed.error} at column ${parsed.column}` }];
  const problems: TemplateProblem[] = [];
  for (const [name, uses] of messageArguments(parsed.elements)) {
    const parameter = parameters[name];
    if (!parameter && !(name in PROFILE_FIELDS)) {
      problems.push({
        path,
        detail: `undeclared variable {${name}}: declare it in parameters or use a profile field (${Object.keys(PROFILE_FIELDS).join(', ')})`,
      });
      continue;
    }
    const type = parameter?.type ?? 'string';
    for (const use of uses) {
      const needed = NEEDS[use];
      if (needed && needed !== type)
        problems.push({
          path,
          detail: `{${name}} is a ${type} and is used as a ${use}, which needs a ${needed}`,
        });
    }
  }
  return problems;
}

function canonicalLocale(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}
