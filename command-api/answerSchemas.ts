import { z } from '../platform/http/index.js';

/** The event-store position of the last event a command appended (read your writes with it). */
const Position = z.number().int().min(0);

/** What the erasure routes answer (the user's own, and an admin's). */
export const ErasedAnswer = z.object({ erased: z.literal(true), position: Position }).openapi('Erased');

export const DeviceKeyAnswer = z
  .object({ deviceId: z.uuid(), position: Position })
  .openapi('DeviceKeyRegistered');

export const PasskeyAnswer = z
  .object({ credentialId: z.string(), position: Position })
  .openapi('PasskeyRegistered');

/** WebAuthn options (PublicKeyCredentialCreationOptionsJSON / RequestOptionsJSON), for the platform API. */
export const WebAuthnOptions = z
  .looseObject({ challenge: z.string() })
  .openapi('WebAuthnOptions', { description: 'Pass to the platform WebAuthn API as they are' });

const json = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });

/** A JSON answer for registerPath's `responses`: `{ description, content }`. */
export const jsonAnswer = (description: string, schema: z.ZodType) => ({ description, ...json(schema) });

export const SentAnswer = z.object({ sent: z.literal(true) }).openapi('Sent');

/** Said whether or not the address has an account, so the answer reveals nothing. */
export const OnItsWayAnswer = z.object({ status: z.string() }).openapi('OnItsWay');

export const EmailVerifiedAnswer = z
  .object({ emailVerified: z.literal(true), position: Position.optional() })
  .openapi('EmailVerified', { description: '`position` is absent when the address was verified before' });

export const PasswordResetAnswer = z.object({ passwordReset: z.literal(true) }).openapi('PasswordReset');

export const PasswordChangedAnswer = z
  .object({ passwordChanged: z.literal(true), version: z.number().int(), position: Position })
  .openapi('PasswordChanged');
