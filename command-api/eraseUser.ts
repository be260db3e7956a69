import { emailDecider, type ReleaseEmail } from '../domain/email/index.js';
import {
  USER_CATEGORY,
  userDecider,
  type EraseUser,
  type Role,
  type UserState,
} from '../domain/user/index.js';
import { streamName } from '../infra/eventStore/index.js';
import type { CommandApiDeps } from './CommandApiDeps.js';
import { emailStream } from './routes/authRoutes.js';
import { handleCommand, subCommand, type CommandContext } from '../core/index.js';

/**
 * Erases a user (GDPR art. 17): records UserErased, deletes their data key (every personal field
 * they ever wrote becomes unreadable, in the log and in any replay), frees their address and ends
 * every session. Projections scrub their rows on UserErased. Each step is idempotent, so a retry
 * after a crash finishes the job.
 */
export async function eraseUser(
  deps: Pick<CommandApiDeps, 'store' | 'personalData' | 'revocations'>,
  context: CommandContext,
  user: UserState,
  how: { passwordMatches: boolean; actorRole: Role | null },
) {
  if (user.status === 'unregistered') throw new Error('eraseUser needs a known user');
  const result = await handleCommand({
    store: deps.store,
    decider: userDecider,
    stream: streamName(USER_CATEGORY, user.userId),
    command: (metadata): EraseUser => ({ type: 'EraseUser', data: how, metadata }),
    context,
  });
  await deps.personalData.erase(user.userId);
  if (user.status === 'active') {
    await handleCommand({
      store: deps.store,
      decider: emailDecider,
      stream: emailStream(user.email),
      command: (metadata): ReleaseEmail => ({
        type: 'ReleaseEmail',
        data: { userId: user.userId },
        metadata,
      }),
      context: subCommand(context, 'release-email'),
    });
  }
  await deps.revocations.signOutEverywhere(user.userId, context.now.getTime());
  return result;
}
