import type { PushPayloadFields } from '../notification/index.js';

/** The type of a call-time parameter; a string one has a longest length (the size check needs it). */
export type TemplateParameter = { type: 'string'; maxLength: number } | { type: 'number' } | { type: 'date' };

/** A locale's title and body, each an ICU MessageFormat message. */
export interface TemplateMessages {
  title: string;
  body: string;
}

/** Payload fields a template sets for every notification made from it. */
export type TemplatePayload = PushPayloadFields;

/**
 * A push template: per-locale title and body messages (ICU MessageFormat), rendered per device
 * locale with the fallback chain of localeChain, personalised from the profile fields and the
 * declared call-time parameters, which are the only variables a message may use.
 */
export interface PushTemplate {
  name: string;
  /** The preference category its notifications belong to (`marketing`, `orders`, …). */
  category: string;
  /** The last link of every fallback chain; `messages` has it. */
  defaultLocale: string;
  parameters: Record<string, TemplateParameter>;
  /** Keyed by canonical BCP 47 tag (`pt-BR`, `pt`, `en`). */
  messages: Record<string, TemplateMessages>;
  payload: TemplatePayload;
}

/** Profile fields every template may use, with their longest length (the profile's own limit). */
export const PROFILE_FIELDS: Readonly<Record<string, { maxLength: number }>> = {
  displayName: { maxLength: 100 },
};

/** A template's name: its stream id and URL segment. */
export const TEMPLATE_NAME = /^[a-z0-9][a-z0-9_.-]{0,63}$/;
