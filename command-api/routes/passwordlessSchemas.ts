import { z } from '../../platform/http/openapi.js';

export const StartBody = z.strictObject({ email: z.string().min(1).max(254) }).openapi('PasswordlessStart');
export const CodeBody = z
  .strictObject({ email: z.string().min(1).max(254), code: z.string().regex(/^\d{6}$/, 'six digits') })
  .openapi('PasswordlessCode');
export const LinkBody = z.strictObject({ token: z.string().min(1).max(300) }).openapi('MagicLink');
export const RecoveryBody = z
  .strictObject({ email: z.string().min(1).max(254), code: z.string().min(10).max(20) })
  .openapi('RecoverySignIn');
export const RecoveryCodesResponse = z
  .object({ codes: z.array(z.string()), position: z.number().int() })
  .openapi('RecoveryCodes');
