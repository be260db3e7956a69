import { Router, type Request, type Response } from 'express';
import { SESSION_CATEGORY, sessionDecider, type RefreshSession } from '../../domain/session/index.js';
import { USER_CATEGORY, userDecider, type SignOutEverywhere } from '../../domain/user/index.js';
import { streamName } from '../../infra/eventStore/index.js';
import { authenticate, authOf } from '../../platform/auth/index.js';
import { HttpProblem, problemResponse, type OpenAPIRegistry, validate } from '../../platform/http/index.js';
import type { CommandApiDeps } from '../../command-api/index.js';
import { commandContextFrom } from '../../command-api/index.js';
import { endSession } from './endSession.js';
import {
  formatRefreshToken,
  hashRefreshSecret,
  nextRefreshSecret,
  parseRefreshToken,
} from './refreshTokens.js';
import { RefreshBody, SignedOutResponse, TokenPairResponse } from './sessionSchemas.js';
import { foldStream, handleCommand } from '../../core/index.js';

const invalidRefresh = (detail = 'The refresh token is not valid') =>
  new HttpProblem(401, 'invalid-refresh-token', 'Invalid refresh token', detail);

export function sessionRoutes(deps: CommandApiDeps, registry: OpenAPIRegistry): Router {
  const router = Router();
  const { store } = deps;

  registry.registerPath({
    method: 'post',
    path: '/v1/auth/refresh',
    summary: 'Exchange a refresh token for a new pair (the refresh token rotates)',
    description:
      'A retry with the just-rotated token within REFRESH_GRACE_SECONDS gets the same new pair. ' +
      'Any older token ends the whole session (reuse of a stolen token).',
    request: { body: { content: { 'application/json': { schema: RefreshBody } } } },
    responses: {
      200: { description: 'New tokens', content: { 'application/json': { schema: TokenPairResponse } } },
      401: problemResponse('Invalid, expired, revoked or reused refresh token'),
    },
  });
  router.post('/refresh', async (req: Request, res: Response) => {
    const { refreshToken } = validate(RefreshBody, req.body);
    const parsed = parseRefreshToken(refreshToken);
    if (!parsed) throw invalidRefresh();
    const sessionStream = streamName(SESSION_CATEGORY, parsed.sessionId);
    const session = foldStream(sessionDecider, await store.readStream(sessionStream));
    if (session.status === 'none') throw invalidRefresh();
    const user = foldStream(userDecider, await store.readStream(streamName(USER_CATEGORY, session.userId)));
    const now = deps.clock();
    const next = nextRefreshSecret(deps.refreshSecret, parsed.secret);
    const context = commandContextFrom(req, res, { userId: session.userId }, now);
    const result = await handleCommand({
      store,
      decider: sessionDecider,
      stream: sessionStream,
      command: (metadata): RefreshSession => ({
        type: 'RefreshSession',
        data: {
          presentedHash: hashRefreshSecret(parsed.secret),
          nextHash: hashRefreshSecret(next),
          expiresAt: new Date(now.getTime() + deps.refreshTokenDays * 86_400_000).toISOString(),
          graceSince: new Date(now.getTime() - deps.refreshGraceMs).toISOString(),
          // An erased (or missing) user's sessions are all over.
          notBefore: user.status === 'active' ? user.signedOutAt : now.toISOString(),
        },
        metadata,
      }),
      context,
    });
    const state = result.state;
    if (state.status === 'revoked') {
      await deps.revocations.endSession(parsed.sessionId);
      deps.logger.warn(
        { sessionId: parsed.sessionId, reason: state.reason },
        'refresh refused: session ended',
      );
      throw invalidRefresh(
        state.reason === 'refresh_token_reuse'
          ? 'This refresh token was already used; the session has been ended for safety'
          : 'The session has ended; sign in again',
      );
    }
    if (state.status !== 'active') throw invalidRefresh();
    if (result.replayed) {
      // A retried refresh answered from the log skipped the decider: it holds only while the
      // pair it handed out is still the current one, within the grace window, and the session
      // is live now (not suspended or signed out everywhere since).
      const withinGrace =
        state.currentHash === hashRefreshSecret(next) &&
        state.previous?.hash === hashRefreshSecret(parsed.secret) &&
        state.previous.rotatedAt >= new Date(now.getTime() - deps.refreshGraceMs).toISOString();
      if (!withinGrace || !(await deps.revocations.confirmLive(state))) throw invalidRefresh();
    } else {
      // The session is live: its new access token is accepted without reading the log.
      await deps.revocations.sessionStarted(state.sessionId);
    }
    // The same pair for a retry within the grace window: the refresh secret derives again, and
    // the access token issued with it is remembered for that window.
    const key = `refresh:${state.sessionId}:${state.generation}`;
    let accessToken = await deps.cache.get(key);
    if (!accessToken) {
      accessToken = deps.tokens.sign({
        userId: state.userId,
        sessionId: state.sessionId,
        ...(state.deviceId ? { deviceId: state.deviceId } : {}),
      });
      await deps.cache.set(key, accessToken, Math.max(1000, deps.refreshGraceMs));
    }
    res.json({
      accessToken,
      refreshToken: formatRefreshToken(state.sessionId, next),
      tokenType: 'Bearer',
      expiresIn: deps.tokens.ttlSeconds,
    });
  });

  const signedIn = authenticate(deps);

  registry.registerPath({
    method: 'post',
    path: '/v1/auth/logout',
    summary: 'End this session: its refresh token stops working, and its access tokens too',
    security: [{ bearer: [] }],
    responses: {
      200: { description: 'Signed out', content: { 'application/json': { schema: SignedOutResponse } } },
      401: problemResponse('Not signed in'),
    },
  });
  router.post('/logout', signedIn, async (req: Request, res: Response) => {
    const auth = authOf(req);
    const context = commandContextFrom(req, res, { userId: auth.userId }, deps.clock());
    const result = await endSession(deps, context, auth.sessionId, 'logout');
    res.json({ signedOut: true, version: result.version, position: result.position });
  });

  registry.registerPath({
    method: 'post',
    path: '/v1/auth/logout-all',
    summary: 'Sign out on every device: every session that exists now ends',
    security: [{ bearer: [] }],
    responses: {
      200: {
        description: 'Signed out everywhere',
        content: { 'application/json': { schema: SignedOutResponse } },
      },
      401: problemResponse('Not signed in'),
    },
  });
  router.post('/logout-all', signedIn, async (req: Request, res: Response) => {
    const auth = authOf(req);
    const now = deps.clock();
    const context = commandContextFrom(req, res, { userId: auth.userId }, now);
    const result = await handleCommand({
      store,
      decider: userDecider,
      stream: streamName(USER_CATEGORY, auth.userId),
      command: (metadata): SignOutEverywhere => ({
        type: 'SignOutEverywhere',
        data: { userId: auth.userId },
        metadata,
      }),
      context,
    });
    await deps.revocations.signOutEverywhere(auth.userId, now.getTime());
    res.json({ signedOut: true, version: result.version, position: result.position });
  });

  return router;
}
