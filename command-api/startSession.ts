import { SESSION_CATEGORY, sessionDecider, type StartSession } from '../domain/session/index.js';
import { streamName } from '../infra/eventStore/index.js';
import type { CommandApiDeps } from './CommandApiDeps.js';
import type { CommandContext } from './CommandContext.js';
import { newIdFor } from './commandContextFrom.js';
import { handleCommand } from './handleCommand.js';
import { formatRefreshToken, hashRefreshSecret, newRefreshSecret } from './refreshTokens.js';

/** Starts a session (one refresh-token family) after any kind of sign-in, and answers with its tokens. */
export async function startSession(
  deps: Pick<CommandApiDeps, 'store' | 'tokens' | 'refreshTokenDays'>,
  context: CommandContext,
  user: { userId: string; email: string; displayName: string },
) {
  const sessionId = newIdFor(context, 'session');
  const secret = newRefreshSecret();
  const expiresAt = new Date(context.now.getTime() + deps.refreshTokenDays * 86_400_000).toISOString();
  await handleCommand(
    deps.store,
    sessionDecider,
    streamName(SESSION_CATEGORY, sessionId),
    (metadata): StartSession => ({
      type: 'StartSession',
      data: { sessionId, userId: user.userId, refreshTokenHash: hashRefreshSecret(secret), expiresAt },
      metadata,
    }),
    { ...context, userId: user.userId },
  );
  return {
    user: { id: user.userId, email: user.email, displayName: user.displayName },
    accessToken: deps.tokens.sign({ userId: user.userId, sessionId }),
    refreshToken: formatRefreshToken(sessionId, secret),
    tokenType: 'Bearer' as const,
    expiresIn: deps.tokens.ttlSeconds,
  };
}
