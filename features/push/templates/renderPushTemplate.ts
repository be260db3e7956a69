import { IntlMessageFormat } from 'intl-messageformat';
import { localeChain, type PushTemplate } from '../../../domain/pushTemplate/index.js';

/** A value for a template's variable: profile fields and call-time parameters (a date as ISO text). */
export type TemplateValues = Readonly<Record<string, string | number | Date>>;

export interface RenderedPush {
  /** The template locale used (the first of the device's chain that it has). */
  locale: string;
  title: string;
  body: string;
}

/** C0/C1 controls and line separators become spaces: a push line shows none (and JSON grows none). */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/**
 * Renders a saved (checked) template for a device locale: the first locale of the chain (device
 * `pt-BR` → `pt-BR`, `pt`, default) the template has, formatted in that locale with the values
 * (profile fields and call-time parameters; a `date` parameter may come as ISO text).
 */
export function renderPushTemplate(
  template: PushTemplate,
  deviceLocale: string | undefined,
  values: TemplateValues,
  /** The recipient's IANA time zone for dates and times (the process's own when absent). */
  timeZone?: string,
): RenderedPush {
  const chain = localeChain(deviceLocale, template.defaultLocale);
  const locale = chain.find((tag) => tag in template.messages) ?? template.defaultLocale;
  const messages = template.messages[locale]!;
  const args: Record<string, string | number | Date> = { ...values };
  for (const [name, parameter] of Object.entries(template.parameters)) {
    const value = args[name];
    if (parameter.type === 'date' && typeof value === 'string') args[name] = new Date(value);
  }
  const format = (message: string) =>
    String(
      new IntlMessageFormat(message, locale, formatsIn(timeZone), { ignoreTag: true }).format(args),
    ).replace(CONTROLS, ' ');
  return { locale, title: format(messages.title), body: format(messages.body) };
}

/** The named date and time styles (intl-messageformat's own) in a time zone. */
function formatsIn(timeZone: string | undefined) {
  if (!timeZone) return undefined;
  const inZone = (styles: Record<string, Intl.DateTimeFormatOptions>) =>
    Object.fromEntries(Object.entries(styles).map(([name, style]) => [name, { ...style, timeZone }]));
  return { date: inZone(IntlMessageFormat.formats.date), time: inZone(IntlMessageFormat.formats.time) };
}
