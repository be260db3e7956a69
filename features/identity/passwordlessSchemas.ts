import { z } from '../../platform/http/index.js';
import { SignInDevice } from '../sessions/index.js';

export const StartBody = z.strictObject({ email: z.string().min(1).max(254) }).openapi('PasswordlessStart');
export const CodeBody = z
  .strictObject({
    email: z.string().min(1).max(254),
    code: z.string().regex(/^\d{6}$/, 'six digits'),
    device: SignInDevice.optional(),
  })
  .openapi('PasswordlessCode');
export const LinkBody = z
  .strictObject({ token: z.string().min(1).max(300), device: SignInDevice.optional() })
  .openapi('MagicLink');
export const RecoveryBody = z
  .strictObject({
    email: z.string().min(1).max(254),
    code: z.string().min(10).max(20),
    device: SignInDevice.optional(),
  })
  .openapi('RecoverySignIn');
export const RecoveryCodesResponse = z
  .object({ codes: z.array(z.string()), position: z.number().int() })
  .openapi('RecoveryCodes');
