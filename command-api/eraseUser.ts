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
import type { CommandContext } from './CommandContext.js';
import { subCommand } from './commandContextFrom.js';
import { handleCommand } from './handleCommand.js';
import { emailStream } from './routes/authRoutes.js';

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
  const result = await handleCommand(
    deps.store,
    userDecider,
    streamName(USER_CATEGORY, user.userId),
    (metadata): EraseUser => ({ type: 'EraseUser', data: how, metadata }),
    context,
  );
  await deps.personalData.erase(user.userId);
  if (user.status === 'active') {
    await handleCommand(
      deps.store,
      emailDecider,
      emailStream(user.email),
      (metadata): ReleaseEmail => ({ type: 'ReleaseEmail', data: { userId: user.userId }, metadata }),
      subCommand(context, 'release-email'),
    );
  }
  await deps.revocations.signOutEverywhere(user.userId, context.now.getTime());
  return result;
}
