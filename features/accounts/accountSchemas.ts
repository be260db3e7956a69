import { z } from '../../platform/http/index.js';
import { NewPassword } from './passwordPolicy.js';

export const VerifyCodeBody = z
  .strictObject({ code: z.string().regex(/^\d{6}$/, 'six digits') })
  .openapi('VerifyEmailRequest');
export const VerifyLinkQuery = z.object({ token: z.string().min(1).max(200) });
export const ForgotBody = z
  .strictObject({ email: z.string().min(3).max(254) })
  .openapi('ForgotPasswordRequest');
export const ResetBody = z
  .strictObject({ token: z.string().min(1).max(200), newPassword: NewPassword })
  .openapi('ResetPasswordRequest');
export const ChangeBody = z
  .strictObject({ currentPassword: z.string().min(1).max(256), newPassword: NewPassword })
  .openapi('ChangePasswordRequest');
