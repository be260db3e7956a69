import { randomBytes } from 'node:crypto';
import { Router, type Request, type Response } from 'express';
import { DomainError } from '../../domain/shared/index.js';
import {
  USER_CATEGORY,
  userDecider,
  type RegisterUser,
  type RehashPassword,
  type SignIn,
  type UserState,
} from '../../domain/user/index.js';
import { streamName } from '../../infra/eventStore/index.js';
import { problemResponse, type OpenAPIRegistry, validate } from '../../platform/http/index.js';
import type { CommandApiDeps } from '../../command-api/index.js';
import { commandContextFrom } from '../../command-api/index.js';
import {
  checkNewPassword,
  requestVerification,
  claimEmail,
  emailStream,
  normalizeEmail,
  userIdForEmail,
} from '../accounts/index.js';
import { startSession } from '../sessions/index.js';
import { SignInLockout } from './SignInLockout.js';
import { signInClient } from './signInClient.js';
import { AuthResponse, LoginBody, RegisterBody } from './authSchemas.js';
import { foldStream, handleCommand, newIdFor, subCommand, type CommandResult } from '../../core/index.js';
import { runWorkflow } from '../../core/workflow/index.js';

export function authRoutes(deps: CommandApiDeps, registry: OpenAPIRegistry): Router {
  const router = Router();
  const { store } = deps;
  // A hash to verify against when the email is unknown, so both paths cost the same.
  const dummyHash = deps.passwords.hash(randomBytes(16).toString('hex'));
  const lockout = new SignInLockout(deps.cache, deps.rateLimitMultiplier, deps.clock);

  registry.registerPath({
    method: 'post',
    path: '/v1/auth/register',
    summary: 'Create an account with email and password',
    request: { body: { content: { 'application/json': { schema: RegisterBody } } } },
    responses: {
      201: {
        description: 'Registered and signed in',
        content: { 'application/json': { schema: AuthResponse } },
      },
      400: problemResponse('Invalid request'),
      409: problemResponse('Email already registered'),
    },
  });
  router.post('/register', async (req: Request, res: Response) => {
    const body = validate(RegisterBody, req.body);
    const context = commandContextFrom(req, res, {}, deps.clock());
    const userId = newIdFor(context, 'user');
    const email = normalizeEmail(body.email);
    // Every check comes before the first append: a refused registration leaves no claim behind.
    await checkNewPassword(body.password, email);
    const passwordHash = await deps.passwords.hash(body.password);
    const userContext = { ...context, userId };
    let result: CommandResult<UserState> | undefined;
    let session: Awaited<ReturnType<typeof startSession>> | undefined;
    // A workflow: the claim records the intent; after a crash the worker releases a claim whose
    // user was never created (see emailClaimRecovery).
    await runWorkflow({
      name: 'register',
      steps: [
        { name: 'claim-email', run: () => claimEmail(store, context, emailStream(email), userId) },
        {
          name: 'register-user',
          run: async () => {
            result = await handleCommand({
              store,
              decider: userDecider,
              stream: streamName(USER_CATEGORY, userId),
              command: (metadata): RegisterUser => ({
                type: 'RegisterUser',
                data: { userId, email, displayName: body.displayName, passwordHash },
                metadata,
              }),
              context: userContext,
            });
          },
        },
        {
          name: 'request-verification',
          run: async () => {
            await requestVerification(deps, subCommand(userContext, 'verification'), userId);
          },
        },
        {
          name: 'start-session',
          run: async () => {
            session = await startSession(
              deps,
              context,
              { userId, email, displayName: body.displayName },
              { method: 'password', device: body.device },
            );
          },
        },
      ],
    });
    if (!result || !session) throw new Error('registration did not finish');
    deps.metrics.commands.inc({ command: 'RegisterUser', outcome: 'ok' });
    res.status(201).json({ ...session, version: result.version, position: result.position });
  });

  registry.registerPath({
    method: 'post',
    path: '/v1/auth/login',
    summary: 'Sign in with email and password',
    request: { body: { content: { 'application/json': { schema: LoginBody } } } },
    responses: {
      200: { description: 'Signed in', content: { 'application/json': { schema: AuthResponse } } },
      400: problemResponse('Invalid request'),
      401: problemResponse('Email or password is wrong'),
      403: problemResponse('Account suspended'),
    },
  });
  router.post('/login', async (req: Request, res: Response) => {
    const body = validate(LoginBody, req.body);
    const context = commandContextFrom(req, res, {}, deps.clock());
    const userId = await userIdForEmail(store, body.email);
    const userEvents = userId ? await store.readStream(streamName(USER_CATEGORY, userId)) : [];
    const user: UserState = foldStream(userDecider, userEvents);
    // Lockout after repeated wrong passwords, per address and client (known or not: the lock
    // itself must not reveal whether the account exists); a device that signed in before is
    // never locked out by others.
    const address = normalizeEmail(body.email);
    const client = await signInClient(store, req, userId, body.device);
    await lockout.check(address, client);
    const passwordMatches =
      user.status === 'active'
        ? await deps.passwords.verify(body.password, user.passwordHash)
        : (await deps.passwords.verify(body.password, await dummyHash), false);
    if (!userId || user.status !== 'active' || !passwordMatches) {
      await lockout.failed(address, client);
      throw new DomainError('invalid_credentials', 'invalid_credentials', 'Email or password is wrong');
    }
    await lockout.succeeded(address, client);
    // Refuses a suspended account; appends nothing to the user stream (the session records the
    // sign-in), so concurrent sign-ins to one account do not conflict.
    const signIn: SignIn = {
      type: 'SignIn',
      data: { userId, passwordMatches },
      metadata: { now: context.now.toISOString(), userId },
    };
    userDecider.decide(signIn, user);
    let version = userEvents[userEvents.length - 1]?.streamVersion ?? -1;
    if (user.status === 'active' && deps.passwords.needsRehash(user.passwordHash)) {
      // The cost was raised since this hash was made: store the password at today's cost.
      const passwordHash = await deps.passwords.hash(body.password);
      ({ version } = await handleCommand({
        store,
        decider: userDecider,
        stream: streamName(USER_CATEGORY, userId),
        command: (metadata): RehashPassword => ({
          type: 'RehashPassword',
          data: { previousHash: user.passwordHash, passwordHash },
          metadata,
        }),
        context: subCommand({ ...context, userId }, 'rehash'),
      }));
    }
    const session = await startSession(deps, context, user, { method: 'password', device: body.device });
    res.status(200).json({ ...session, version });
  });

  return router;
}
