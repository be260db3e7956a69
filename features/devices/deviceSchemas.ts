import { z } from '../../platform/http/index.js';

export const deviceAttributes = {
  platform: z.enum(['ios', 'android', 'web']),
  pushToken: z.string().min(1).max(4096).nullable(),
  appVersion: z.string().min(1).max(32),
  locale: z.string().regex(/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/, 'a BCP 47 language tag'),
  timezone: z
    .string()
    .regex(/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$|^UTC$/, 'an IANA time zone')
    .max(64),
  osVersion: z.string().min(1).max(32).nullable().optional(),
  model: z.string().min(1).max(64).nullable().optional(),
  name: z.string().trim().min(1).max(64).nullable().optional(),
};
const attributes = deviceAttributes;

export const RegisterDeviceBody = z
  .strictObject({ ...attributes, pushToken: attributes.pushToken.optional() })
  .openapi('RegisterDeviceRequest');

export const UpdateDeviceBody = z
  .strictObject({
    platform: attributes.platform.optional(),
    pushToken: attributes.pushToken.optional(),
    appVersion: attributes.appVersion.optional(),
    locale: attributes.locale.optional(),
    timezone: attributes.timezone.optional(),
    osVersion: attributes.osVersion,
    model: attributes.model,
    name: attributes.name,
  })
  .refine((body) => Object.keys(body).length > 0, 'at least one field to change')
  .openapi('UpdateDeviceRequest');

export const DeviceResponse = z
  .object({
    id: z.uuid(),
    platform: attributes.platform,
    pushToken: z.string().nullable(),
    appVersion: z.string(),
    locale: z.string(),
    timezone: z.string(),
    osVersion: z.string().nullable().optional(),
    model: z.string().nullable().optional(),
    name: z.string().nullable().optional(),
    version: z.number().int(),
    position: z.number().int(),
  })
  .openapi('DeviceResponse');

export const DeletedResponse = z
  .object({ id: z.uuid(), deleted: z.literal(true), version: z.number().int(), position: z.number().int() })
  .openapi('DeletedResponse');

export const DeviceIdParam = z.object({ id: z.string().openapi({ format: 'uuid' }) });
