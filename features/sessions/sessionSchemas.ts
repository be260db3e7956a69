import { z } from '../../platform/http/index.js';

export const RefreshBody = z
  .strictObject({ refreshToken: z.string().min(1).max(200) })
  .openapi('RefreshRequest');

export const TokenPairResponse = z
  .object({
    accessToken: z.string(),
    refreshToken: z.string(),
    tokenType: z.literal('Bearer'),
    expiresIn: z.number().int(),
  })
  .openapi('TokenPair');

export const SignedOutResponse = z
  .object({ signedOut: z.literal(true), version: z.number().int(), position: z.number().int() })
  .openapi('SignedOut');
