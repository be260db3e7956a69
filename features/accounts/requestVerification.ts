import { randomUUID } from 'node:crypto';
import { USER_CATEGORY, userDecider, type RequestEmailVerification } from '../../domain/user/index.js';
import { streamName } from '../../infra/eventStore/index.js';
import type { CommandApiDeps } from '../../command-api/index.js';
import { handleCommand, type CommandContext } from '../../core/index.js';

/** How long a mailed verification code and link work. */
export const VERIFICATION_TTL_MS = 10 * 60_000;

/** Starts an email verification for the user (a code and a link go out by mail). */
export function requestVerification(
  deps: Pick<CommandApiDeps, 'store' | 'verificationTtlMs'>,
  context: CommandContext,
  userId: string,
) {
  const expiresAt = new Date(context.now.getTime() + deps.verificationTtlMs).toISOString();
  return handleCommand({
    store: deps.store,
    decider: userDecider,
    stream: streamName(USER_CATEGORY, userId),
    command: (metadata): RequestEmailVerification => ({
      type: 'RequestEmailVerification',
      data: { verificationId: randomUUID(), expiresAt },
      metadata,
    }),
    context,
  });
}
