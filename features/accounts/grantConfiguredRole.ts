import { USER_CATEGORY, userDecider, type ChangeRole, type UserState } from '../../domain/user/index.js';
import { streamName } from '../../infra/eventStore/index.js';
import type { CommandApiDeps } from '../../command-api/index.js';
import { handleCommand, subCommand, type CommandContext } from '../../core/index.js';

/**
 * ADMIN_EMAILS bootstrap: once an address on that list is verified (proved to belong to whoever
 * holds the account), the system makes that user an admin. Before verification nothing happens,
 * so registering someone else's address grants nothing.
 */
export async function grantConfiguredRole(
  deps: Pick<CommandApiDeps, 'store' | 'adminEmails'>,
  context: CommandContext,
  user: UserState,
): Promise<void> {
  if (user.status !== 'active' || !user.emailVerified || user.role === 'admin') return;
  if (!deps.adminEmails.includes(user.email)) return;
  await handleCommand({
    store: deps.store,
    decider: userDecider,
    stream: streamName(USER_CATEGORY, user.userId),
    command: (metadata): ChangeRole => ({
      type: 'ChangeRole',
      data: { role: 'admin', actorRole: null },
      metadata,
    }),
    context: subCommand(context, 'grant-admin'),
  });
}
