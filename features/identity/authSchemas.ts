import { z } from '../../platform/http/index.js';
import { NewPassword } from '../accounts/index.js';
import { SignInDevice } from '../sessions/index.js';

export const RegisterBody = z
  .strictObject({
    email: z.email().max(254),
    password: NewPassword,
    displayName: z.string().trim().min(1).max(100),
    device: SignInDevice.optional(),
  })
  .openapi('RegisterRequest');

export const LoginBody = z
  .strictObject({
    email: z.string().min(1).max(254),
    password: z.string().min(1).max(256),
    device: SignInDevice.optional(),
  })
  .openapi('LoginRequest');

export const AuthResponse = z
  .object({
    user: z.object({ id: z.uuid(), email: z.string(), displayName: z.string() }),
    accessToken: z.string(),
    refreshToken: z.string(),
    tokenType: z.literal('Bearer'),
    expiresIn: z.number().int(),
    deviceId: z.uuid().optional().openapi({ description: 'When the sign-in named its device' }),
    version: z.number().int(),
    position: z.number().int(),
  })
  .openapi('AuthResponse');
