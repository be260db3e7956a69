import { createHash } from 'node:crypto';
import { v5 as uuidv5 } from 'uuid';
import { z } from '../../platform/http/index.js';
import { deviceAttributes, targetRules } from '../devices/index.js';

const DEVICE_ID_NAMESPACE = 'c0a3f1e2-7b4d-4e59-9a61-2d8f5b7c3e10';

/** What an app sends about itself when it signs in: stable attributes, then changing ones. */
export const SignInDevice = z
  .strictObject({
    installationId: z
      .string()
      .regex(
        /^[A-Za-z0-9_-]{8,128}$/,
        '8-128 letters, digits, - or _ (a random id the app keeps per install)',
      ),
    ...deviceAttributes,
    pushToken: deviceAttributes.pushToken.optional(),
  })
  .superRefine(targetRules)
  .openapi('SignInDevice');
export type SignInDevice = z.infer<typeof SignInDevice>;

/** The hash of the attributes that stay the same for one install. */
export function deviceFingerprint(
  device: Pick<SignInDevice, 'installationId' | 'platform' | 'model'>,
): string {
  return createHash('sha256')
    .update(`${device.platform}|${device.installationId}|${device.model ?? ''}`)
    .digest('hex')
    .slice(0, 32);
}

/** One install of one user is one device, whatever the sign-in method. */
export const deviceIdFor = (userId: string, fingerprint: string) =>
  uuidv5(`${userId}|${fingerprint}`, DEVICE_ID_NAMESPACE);
