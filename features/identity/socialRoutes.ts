import { createHash } from 'node:crypto';
import { Router, type Request, type Response } from 'express';
import { identityDecider, type Provider } from '../../domain/identity/index.js';
import { DomainError } from '../../domain/shared/index.js';
import {
  USER_CATEGORY,
  userDecider,
  type ActiveUser,
  type SignInWithProvider,
  type UnlinkProvider,
  type UserState,
} from '../../domain/user/index.js';
import { streamName } from '../../infra/eventStore/index.js';
import type { Credential, VerifiedIdentity } from '../../infra/identityProviders/index.js';
import { authenticate, authOf } from '../../platform/auth/index.js';
import { HttpProblem, problemResponse, type OpenAPIRegistry, validate } from '../../platform/http/index.js';
import type { CommandApiDeps } from '../../command-api/index.js';
import { commandContextFrom } from '../../command-api/index.js';
import { startSession } from '../sessions/index.js';
import { AuthResponse } from './authSchemas.js';
import { userIdForEmail } from '../accounts/index.js';
import { releaseIdentity } from './identityClaimRecovery.js';
import { claimProviderIdentity, identityStream, linkProvider, socialSignUp } from './socialSignUp.js';
import { LinkProviderBody, ProviderParam, ProvidersResponse, SocialBody } from './socialSchemas.js';
import { foldStream, handleCommand, subCommand, type CommandContext } from '../../core/index.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const userStream = (userId: string) => streamName(USER_CATEGORY, userId);
const NONCE_TTL_MS = 15 * 60_000;

/**
 * Sign in with Apple, Google or Facebook. A known provider account signs in as its user; a new
 * one makes an account for its address, or joins the account that already has it when both the
 * provider and the account vouch for that address (otherwise the user must sign in and link
 * explicitly: an unverified registration must not capture someone's Google account).
 */
export function socialRoutes(deps: CommandApiDeps, registry: OpenAPIRegistry): Router {
  const router = Router();
  const { store } = deps;
  const load = async (userId: string): Promise<UserState> =>
    foldStream(userDecider, await store.readStream(userStream(userId)));

  async function verified(provider: Provider, credential: Credential): Promise<VerifiedIdentity> {
    const identity = await deps.identityProviders.verify(provider, credential);
    if (credential.nonce) {
      const { count } = await deps.cache.increment(
        `nonce:${provider}:${sha256(credential.nonce)}`,
        NONCE_TTL_MS,
      );
      if (count > 1)
        throw new HttpProblem(401, 'nonce-reused', 'Sign-in not accepted', 'This nonce was used already');
    }
    return identity;
  }

  const claimIdentity = (context: CommandContext, identity: VerifiedIdentity, userId: string) =>
    claimProviderIdentity(store, context, identity, userId);
  const link = (context: CommandContext, identity: VerifiedIdentity, user: ActiveUser) =>
    linkProvider(store, context, identity, user);

  registry.registerPath({
    method: 'post',
    path: '/v1/auth/social/{provider}',
    summary: 'Sign in (or sign up) with Apple, Google (ID token + nonce) or Facebook (access token)',
    request: { params: ProviderParam, body: { content: { 'application/json': { schema: SocialBody } } } },
    responses: {
      200: { description: 'Signed in', content: { 'application/json': { schema: AuthResponse } } },
      201: {
        description: 'Account created and signed in',
        content: { 'application/json': { schema: AuthResponse } },
      },
      401: problemResponse('Token refused by the checks (signature, issuer, audience, expiry, nonce)'),
      403: problemResponse('Account suspended'),
      404: problemResponse('Provider not configured'),
      409: problemResponse('The address has an account: sign in to it and link this provider'),
      422: problemResponse('The provider gave no email address'),
      502: problemResponse('The provider could not be reached'),
    },
  });
  router.post('/social/:provider', async (req: Request, res: Response) => {
    const { provider } = validate(ProviderParam, req.params);
    const body = validate(SocialBody, req.body);
    const identity = await verified(provider, body);
    const context = commandContextFrom(req, res, {}, deps.clock());
    const claim = foldStream(
      identityDecider,
      await store.readStream(identityStream(provider, identity.subject)),
    );
    let userId = claim.status === 'claimed' ? claim.userId : undefined;
    let status = 200;
    if (!userId) {
      if (!identity.email) {
        throw new DomainError(
          'invalid',
          'email_required',
          `${provider} gave no email address; allow it and try again`,
        );
      }
      const existingId = await userIdForEmail(store, identity.email);
      let user: UserState;
      if (existingId) {
        user = await load(existingId);
        if (user.status !== 'active' || !user.emailVerified || !identity.emailVerified) {
          throw new HttpProblem(
            409,
            'link-required',
            'Link required',
            'An account already uses this address: sign in to it, then link this provider',
          );
        }
        await claimIdentity(context, identity, user.userId);
        await link(context, identity, user);
      } else {
        user = await socialSignUp(
          store,
          context,
          identity,
          identity.email,
          body.displayName ?? identity.name ?? identity.email.split('@')[0]!,
        );
        status = 201;
      }
      userId = user.userId;
    }
    const result = await handleCommand({
      store,
      decider: userDecider,
      stream: userStream(userId),
      command: (metadata): SignInWithProvider => ({
        type: 'SignInWithProvider',
        data: { provider, subject: identity.subject },
        metadata,
      }),
      context: { ...context, userId },
    });
    if (result.state.status !== 'active')
      throw new DomainError('not_found', 'user_not_found', 'User not found');
    const session = await startSession(deps, context, result.state, {
      method: provider,
      device: body.device,
    });
    res.status(status).json({ ...session, version: result.version, position: result.position });
  });

  const signedIn = authenticate(deps);
  const providersOf = (state: UserState) =>
    state.status === 'active' ? state.providers.map((p) => p.provider) : [];

  registry.registerPath({
    method: 'post',
    path: '/v1/auth/social/{provider}/link',
    summary: 'Link a provider account to the signed-in user',
    security: [{ bearer: [] }],
    request: {
      params: ProviderParam,
      body: { content: { 'application/json': { schema: LinkProviderBody } } },
    },
    responses: {
      200: { description: 'Linked', content: { 'application/json': { schema: ProvidersResponse } } },
      401: problemResponse('Not signed in, or token refused'),
      409: problemResponse('That provider account belongs to another user, or another is linked'),
    },
  });
  router.post('/social/:provider/link', signedIn, async (req, res) => {
    const { provider } = validate(ProviderParam, req.params);
    const body = validate(LinkProviderBody, req.body);
    const auth = authOf(req);
    const identity = await verified(provider, body);
    const user = await load(auth.userId);
    if (user.status !== 'active') throw new DomainError('not_found', 'user_not_found', 'User not found');
    const context = commandContextFrom(req, res, { userId: auth.userId }, deps.clock());
    await claimIdentity(context, identity, user.userId);
    const result = await link(context, identity, user);
    res.json({ providers: providersOf(result.state), position: result.position });
  });

  registry.registerPath({
    method: 'delete',
    path: '/v1/auth/social/{provider}',
    summary: 'Unlink a provider (refused if it is the last way to sign in)',
    security: [{ bearer: [] }],
    request: { params: ProviderParam },
    responses: {
      200: { description: 'Unlinked', content: { 'application/json': { schema: ProvidersResponse } } },
      404: problemResponse('Not linked'),
      409: problemResponse('The last way to sign in'),
    },
  });
  router.delete('/social/:provider', signedIn, async (req, res) => {
    const { provider } = validate(ProviderParam, req.params);
    const auth = authOf(req);
    const context = commandContextFrom(req, res, { userId: auth.userId }, deps.clock());
    const result = await handleCommand({
      store,
      decider: userDecider,
      stream: userStream(auth.userId),
      command: (metadata): UnlinkProvider => ({ type: 'UnlinkProvider', data: { provider }, metadata }),
      context,
    });
    for (const event of result.events) {
      if (event.type === 'ProviderUnlinked') {
        // The second step of unlinking (finished from the log after a crash: unlinkRecovery).
        await releaseIdentity(
          store,
          subCommand(context, 'release-identity'),
          identityStream(provider, event.data.subject),
          { userId: auth.userId, provider },
        );
      }
    }
    res.json({ providers: providersOf(result.state), position: result.position });
  });

  return router;
}
