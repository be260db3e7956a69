import {
  USER_CATEGORY,
  userDecider,
  type EraseUser,
  type Role,
  type UserState,
} from '../../domain/user/index.js';
import { streamName, type RecordedEvent } from '../../infra/eventStore/index.js';
import type { CommandApiDeps } from '../../command-api/index.js';
import { emailStream } from './emailStream.js';
import { releaseEmail } from './claimEmail.js';
import { foldStream, handleCommand, subCommand, type CommandContext } from '../../core/index.js';
import {
  contextOfEvent,
  runWorkflow,
  type Workflow,
  type WorkflowRecovery,
} from '../../core/workflow/index.js';

type Deps = Pick<CommandApiDeps, 'store' | 'personalData' | 'revocations'>;

/**
 * What follows UserErased, in an order the worker can finish from the log: the address is freed
 * while it can still be read, every session ends, and the data key goes last (every personal field
 * the user ever wrote becomes unreadable, in the log and in any replay).
 */
function afterErasure(
  deps: Deps,
  context: CommandContext,
  userId: string,
  addressOf: () => Promise<string | undefined>,
): Workflow {
  return {
    name: 'erase',
    steps: [
      {
        name: 'release-email',
        run: async () => {
          const email = await addressOf();
          if (email)
            await releaseEmail(deps.store, subCommand(context, 'release-email'), emailStream(email), userId);
        },
      },
      {
        name: 'sign-out-everywhere',
        run: () => deps.revocations.signOutEverywhere(userId, context.now.getTime()),
      },
      { name: 'erase-data-key', run: () => deps.personalData.erase(userId) },
    ],
  };
}

/**
 * Erases a user (GDPR art. 17), a workflow: records UserErased (the intent), then the steps of
 * `afterErasure`. Projections scrub their rows on UserErased. A crash between steps is finished by
 * the worker (see erasureRecovery).
 */
export async function eraseUser(
  deps: Deps,
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
  const email = user.status === 'active' ? user.email : undefined;
  await runWorkflow(afterErasure(deps, context, user.userId, async () => email));
  return result;
}

/** Finishes an erasure from its UserErased: the user as it was just before names the address. */
export const erasureRecovery = (deps: Deps): WorkflowRecovery => ({
  name: 'erase',
  startsOn: ['UserErased'],
  recover: (start: RecordedEvent) =>
    afterErasure(deps, contextOfEvent(start), String(start.data['userId']), async () => {
      const history = await deps.store.readStream(start.streamName);
      const before = foldStream(
        userDecider,
        history.filter((e) => e.streamVersion < start.streamVersion),
      );
      return before.status === 'active' ? before.email : undefined;
    }),
});
