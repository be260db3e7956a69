import { z } from '../../platform/http/index.js';
import { SignInDevice } from '../sessions/index.js';

const credential = {
  idToken: z.string().min(1).max(8192).optional().openapi({ description: 'Apple or Google: the ID token' }),
  accessToken: z.string().min(1).max(4096).optional().openapi({ description: 'Facebook: the access token' }),
  nonce: z
    .string()
    .min(16)
    .max(128)
    .optional()
    .openapi({ description: 'Apple or Google: the raw nonce the app put in the request (single use)' }),
};
export const SocialBody = z
  .strictObject({
    ...credential,
    displayName: z.string().trim().min(1).max(100).optional(),
    device: SignInDevice.optional(),
  })
  .openapi('SocialSignIn');
export const LinkProviderBody = z.strictObject(credential).openapi('LinkProvider');
export const ProviderParam = z.object({ provider: z.enum(['apple', 'google', 'facebook']) });
export const ProvidersResponse = z
  .object({ providers: z.array(z.enum(['apple', 'google', 'facebook'])), position: z.number().int() })
  .openapi('LinkedProviders');
